package cn.zwgk.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Paths of this checkout, found from the install module's working directory (Maven runs tests there). */
final class Checkout {
    private Checkout() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("install"))) {
                return p;
            }
        }
        throw new IllegalStateException("not inside the checkout: " + dir);
    }

    /** Every shell script we ship or run: {@code *.sh} under install/ and bench/ (not target/), and {@code .ci/run}. */
    static Stream<Path> shellScripts() throws IOException {
        Path root = root();
        Stream<Path> sh = Stream.of("install", "bench").flatMap(dir -> {
            try {
                return Files.walk(root.resolve(dir))
                        .filter(p -> !root.relativize(p).toString().contains("/target/"))
                        .filter(p -> p.getFileName().toString().endsWith(".sh"))
                        .toList().stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return Stream.concat(sh, Stream.of(root.resolve(".ci/run"), root.resolve("mvnw"))).sorted();
    }
}
