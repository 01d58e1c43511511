import org.jacoco.agent.rt.RT;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps, of a fuzz target's committed inputs, those that add coverage (bench/fuzz-minimize runs it under the JaCoCo
 * agent). "select": the inputs are replayed smallest first, the coverage of each read from the agent and reset, and
 * the input printed (kept) when it reaches a probe (a branch or a block of code) no input printed before it reached;
 * an input that throws is kept too (it is a finding); given a list of inputs kept before, those are replayed (and
 * kept) first. "cover": the probes the inputs (all, or those a file lists)
 * reach together, replayed in name order as the tests replay them. bench/fuzz-minimize compares the kept inputs'
 * coverage with the whole corpus's, each in a fresh JVM, before it deletes anything. libFuzzer's merge (-merge=1)
 * does the same with its own counters.
 *   java -javaagent:jacocoagent.jar=output=none,includes=io.factcheck.* -cp ... bench/FuzzCorpusCoverage.java \
 *     select|cover DIR CLASS METHOD [LIST]
 */
public class FuzzCorpusCoverage {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        Class<?> type = Class.forName(args[2]);
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object target = constructor.newInstance();
        Method method = type.getDeclaredMethod(args[3], byte[].class);
        method.setAccessible(true);
        List<Path> inputs;
        try (Stream<Path> files = Files.list(dir)) {
            inputs = files.filter(Files::isRegularFile).sorted(Comparator.comparingLong(FuzzCorpusCoverage::size)
                    .thenComparing(Path::getFileName)).toList();
        }
        Map<Long, boolean[]> covered = new HashMap<>();
        List<String> listed = args.length > 4 ? Files.readAllLines(Path.of(args[4])) : null;
        if (args[0].equals("select")) { // [the inputs kept so far: replayed first, and kept]
            for (Path input : inputs) {
                if (listed != null && listed.contains(input.getFileName().toString())) {
                    replay(target, method, input);
                    System.out.println(input.getFileName());
                }
            }
            add(covered, coverage()); // the class's set-up (and the inputs kept so far) is no other input's coverage
            for (Path input : inputs) {
                if (listed != null && listed.contains(input.getFileName().toString())) {
                    continue;
                }
                boolean threw = replay(target, method, input);
                if (add(covered, coverage()) || threw) {
                    System.out.println(input.getFileName());
                }
            }
        } else { // "cover" [the list of inputs to replay]: the probes they reach, replayed in the tests' order
            for (Path input : inputs.stream().sorted(Comparator.comparing(Path::getFileName)).toList()) {
                if (listed == null || listed.contains(input.getFileName().toString())) {
                    replay(target, method, input);
                }
            }
            add(covered, coverage());
            System.out.println(count(covered));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean replay(Object target, Method method, Path input) throws Exception {
        try {
            method.invoke(target, (Object) Files.readAllBytes(input));
            return false;
        } catch (InvocationTargetException e) {
            System.err.println("  " + input.getFileName() + " throws " + e.getCause());
            return true;
        }
    }

    /** The probes reached since the last call (the agent's counters are reset). */
    private static ExecutionDataStore coverage() throws IOException {
        byte[] data = RT.getAgent().getExecutionData(true);
        ExecutionDataReader reader = new ExecutionDataReader(new ByteArrayInputStream(data));
        ExecutionDataStore store = new ExecutionDataStore();
        reader.setExecutionDataVisitor(store);
        reader.setSessionInfoVisitor(new SessionInfoStore());
        reader.read();
        return store;
    }

    /** Adds a replay's probes to the union; true when one of them is new. */
    private static boolean add(Map<Long, boolean[]> union, ExecutionDataStore replay) {
        boolean added = false;
        for (var data : replay.getContents()) {
            boolean[] probes = data.getProbes();
            boolean[] seen = union.computeIfAbsent(data.getId(), id -> new boolean[probes.length]);
            for (int i = 0; i < probes.length; i++) {
                if (probes[i] && !seen[i]) {
                    seen[i] = true;
                    added = true;
                }
            }
        }
        return added;
    }

    private static int count(Map<Long, boolean[]> union) {
        int n = 0;
        for (boolean[] probes : union.values()) {
            for (boolean probe : probes) {
                n += probe ? 1 : 0;
            }
        }
        return n;
    }
}
