package io.factcheck.api;

import io.factcheck.dataset.ReferenceDataset;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ServedKindsTest {

    @Test
    void aFunctionExportServesItsKindAndAnythingElseServesAll() {
        assertThat(ServedKinds.forExport(Optional.of("verify-official"))).containsExactly("official");
        assertThat(ServedKinds.forExport(Optional.of(" verify-casualties "))).containsExactly("casualties");
        assertThat(ServedKinds.forExport(Optional.empty())).isEqualTo(ReferenceDataset.ALL_KINDS);
        assertThat(ServedKinds.forExport(Optional.of("check-story"))).isEqualTo(ReferenceDataset.ALL_KINDS);
        assertThat(ServedKinds.forExport(Optional.of("noop"))).isEqualTo(ReferenceDataset.ALL_KINDS);
        assertThat(ServedKinds.forExport(Optional.of("verify-horoscope"))).isEqualTo(ReferenceDataset.ALL_KINDS);
    }
}
