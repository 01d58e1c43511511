package io.factcheck.dataset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run by the build (process-classes) on the dataset copied into the classes: compiles the officials' wing into the
 * image the app reads at start-up ({@link io.factcheck.official.TenureImage}); the CSV files stay the source.
 */
public final class CompileDataset {
    private CompileDataset() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CompileDataset <dataset directory>");
            System.exit(2);
        }
        long started = System.nanoTime();
        ReferenceDataset.compileOfficials(Path.of(args[0]));
        System.out.println("compiled the officials' image of " + args[0] + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
