package cn.zwgk.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When the nightly backup runs, how its settings are read, how schema versions compare. */
class BackupTimingTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @AfterEach
    void clear() {
        System.clearProperty("zwgk.backup.keep");
        System.clearProperty("zwgk.backup.at");
        System.clearProperty("zwgk.backup.dir");
    }

    @Test
    void theNextRunIsTodayWhenTheTimeIsStillAheadElseTomorrow() {
        LocalTime at = LocalTime.of(3, 30);
        assertThat(BackupService.nextRun(Instant.parse("2026-03-01T19:00:00Z"), at, SHANGHAI)) // 03:00 local
                .isEqualTo(Instant.parse("2026-03-01T19:30:00Z"));
        assertThat(BackupService.nextRun(Instant.parse("2026-03-01T19:30:00Z"), at, SHANGHAI)) // exactly 03:30
                .isEqualTo(Instant.parse("2026-03-02T19:30:00Z"));
    }

    @Test
    void settingsDefaultBesideTheDataDirectoryAndRefuseNonsenseWithTheVariableNamed() {
        BackupSettings defaults = BackupSettings.resolve(Path.of("/var/lib/zwgk-kiosk"));
        assertThat(defaults.dir()).isEqualTo(Path.of("/var/lib/zwgk-kiosk-backups"));
        assertThat(defaults.keep()).isEqualTo(7);
        assertThat(defaults.at()).isNull();
        assertThat(defaults.withDefaultTime(LocalTime.of(5, 30)).at()).isEqualTo(LocalTime.of(5, 30));

        System.setProperty("zwgk.backup.at", "04:15");
        System.setProperty("zwgk.backup.dir", "/srv/b");
        BackupSettings set = BackupSettings.resolve(Path.of("data/kiosk")).withDefaultTime(LocalTime.of(5, 30));
        assertThat(set.at()).isEqualTo(LocalTime.of(4, 15));
        assertThat(set.dir()).isEqualTo(Path.of("/srv/b"));

        System.setProperty("zwgk.backup.keep", "seven");
        assertThatThrownBy(() -> BackupSettings.resolve(Path.of("d"))).hasMessageContaining("ZWGK_BACKUP_KEEP");
        System.setProperty("zwgk.backup.keep", "0");
        assertThatThrownBy(() -> BackupSettings.resolve(Path.of("d"))).hasMessageContaining("at least 1");
        System.setProperty("zwgk.backup.keep", "3");
        System.setProperty("zwgk.backup.at", "3:30am");
        assertThatThrownBy(() -> BackupSettings.resolve(Path.of("d"))).hasMessageContaining("ZWGK_BACKUP_AT");
    }

    @Test
    void flywayVersionsCompareAsNumbersPartByPart() {
        assertThat(TableCensus.newer("9", "10")).isEqualTo("10");
        assertThat(TableCensus.newer("10", "9")).isEqualTo("10");
        assertThat(TableCensus.newer("", "1")).isEqualTo("1");
        assertThat(TableCensus.newer("2.1", "2")).isEqualTo("2.1");
    }
}
