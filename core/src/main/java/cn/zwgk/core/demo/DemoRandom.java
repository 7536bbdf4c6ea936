package cn.zwgk.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The seeded random stream of one demo generation run, with the few draws the generators need. */
final class DemoRandom {
    private final SplittableRandom rnd;

    DemoRandom(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    /** Uniform in {@code [0, bound)}. */
    int nextInt(int bound) {
        return rnd.nextInt(bound);
    }

    /** Uniform in {@code [from, to]}. */
    int between(int from, int to) {
        return rnd.nextInt(from, to + 1);
    }

    long nextLong(long bound) {
        return rnd.nextLong(bound);
    }

    boolean chance(double probability) {
        return rnd.nextDouble() < probability;
    }

    <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** The first element with probability {@code firstShare}, otherwise any element. */
    <T> T pickMostlyFirst(List<T> list, double firstShare) {
        return chance(firstShare) ? list.get(0) : pick(list);
    }

    /** {@code count} distinct elements (all of them when the list is shorter), in list order. */
    <T> List<T> pickDistinct(List<T> list, int count) {
        int n = Math.min(count, list.size());
        boolean[] chosen = new boolean[list.size()];
        int have = 0;
        while (have < n) {
            int i = rnd.nextInt(list.size());
            if (!chosen[i]) {
                chosen[i] = true;
                have++;
            }
        }
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                out.add(list.get(i));
            }
        }
        return out;
    }

    /** A random (version 4, IETF variant) UUID drawn from this stream, so it is reproducible. */
    String uuid() {
        long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (rnd.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }
}
