package cn.zwgk.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void looksLikeThreeGroupsOfTheUnambiguousAlphabet() {
        TrackingCode code = TrackingCode.issue(4711, 42);
        assertThat(code.toString()).matches("[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(code.compact()).hasSize(10).doesNotContain("I", "L", "O", "U");
        assertThat(TrackingCode.parse(code.toString())).contains(code);
    }

    @Test
    void codesOfDifferentKiosksNeverMeetAndNeitherDoASingleKiosksOwn() {
        // every (kiosk, sequence) pair of 200 kiosks × 500 requests, plus the range ends
        Set<String> seen = new HashSet<>();
        for (long kiosk = 0; kiosk < 200; kiosk++) {
            for (long seq = 0; seq < 500; seq++) {
                assertThat(seen.add(TrackingCode.issue(kiosk * 167_773, seq).compact())).isTrue();
            }
        }
        assertThat(seen.add(TrackingCode.issue(TrackingCode.MAX_KIOSK_NUMBER, TrackingCode.MAX_SEQUENCE).compact()))
                .isTrue();
        // and the code gives back the kiosk and the sequence it was made from
        TrackingCode a = TrackingCode.parse(TrackingCode.issue(123_456, 789).compact()).orElseThrow();
        assertThat(a.kioskNumber()).isEqualTo(123_456);
        assertThat(a.sequence()).isEqualTo(789);
    }

    @Test
    void everySingleWrongCharacterIsCaught() {
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            String code = TrackingCode.issue(random.nextInt(1 << 25), random.nextInt(1 << 20)).compact();
            for (int pos = 0; pos < code.length(); pos++) {
                for (char ch : TrackingCode.ALPHABET.toCharArray()) {
                    if (ch != code.charAt(pos)) {
                        String typo = code.substring(0, pos) + ch + code.substring(pos + 1);
                        assertThat(TrackingCode.parse(typo)).as(code + " → " + typo).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void everySwapOfTwoNeighboursIsCaught() {
        Random random = new Random(11);
        int swaps = 0;
        for (int n = 0; n < 3000; n++) {
            String code = TrackingCode.issue(random.nextInt(1 << 25), random.nextInt(1 << 20)).compact();
            for (int pos = 0; pos + 1 < code.length(); pos++) {
                if (code.charAt(pos) != code.charAt(pos + 1)) {
                    String swapped = code.substring(0, pos) + code.charAt(pos + 1) + code.charAt(pos)
                            + code.substring(pos + 2);
                    assertThat(TrackingCode.parse(swapped)).as(code + " → " + swapped).isEmpty();
                    swaps++;
                }
            }
        }
        assertThat(swaps).isGreaterThan(20_000);
    }

    @Test
    void parseForgivesHowPeopleType() {
        TrackingCode code = TrackingCode.issue(1, 0);
        String c = code.compact();
        assertThat(c).startsWith("00001");
        String sloppy = c.toLowerCase().replace('0', 'o').replace('1', 'l');
        assertThat(TrackingCode.parse(sloppy)).contains(code);
        assertThat(TrackingCode.parse(" " + c.substring(0, 4) + " - " + c.substring(4) + " ")).contains(code);
        assertThat(TrackingCode.parse(c.replace('1', 'I'))).contains(code);
        assertThat(TrackingCode.parse(c.substring(1))).isEmpty();
        assertThat(TrackingCode.parse(c + "0")).isEmpty();
        assertThat(TrackingCode.parse("你好")).isEmpty();
        assertThat(TrackingCode.parse(null)).isEmpty();
    }

    @Test
    void outOfRangeNumbersAreRefused() {
        assertThatThrownBy(() -> TrackingCode.issue(TrackingCode.MAX_KIOSK_NUMBER + 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackingCode.issue(0, TrackingCode.MAX_SEQUENCE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKioskIdAlwaysGivesTheSameNumberInRange() {
        long n = TrackingCode.kioskNumberFor("kiosk-hall-1");
        assertThat(TrackingCode.kioskNumberFor("kiosk-hall-1")).isEqualTo(n);
        assertThat(n).isBetween(0L, TrackingCode.MAX_KIOSK_NUMBER);
        assertThat(TrackingCode.kioskNumberFor("kiosk-hall-2")).isNotEqualTo(n);
    }
}
