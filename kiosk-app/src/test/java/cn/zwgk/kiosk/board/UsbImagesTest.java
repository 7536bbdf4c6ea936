package cn.zwgk.kiosk.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsbImagesTest {
    @TempDir
    Path stick;
    @TempDir
    Path elsewhere;

    @Test
    void listsOnlyTheImageFilesOnTheStickByName() throws IOException {
        Files.write(stick.resolve("b-活动海报.PNG"), new byte[] {1});
        Files.write(stick.resolve("a.jpg"), new byte[] {1});
        Files.write(stick.resolve("c.jpeg"), new byte[] {1});
        Files.write(stick.resolve("d.gif"), new byte[] {1});
        Files.write(stick.resolve("notes.txt"), new byte[] {1});
        Files.write(stick.resolve(".hidden.png"), new byte[] {1});
        Files.createDirectory(stick.resolve("folder.png"));
        Files.write(elsewhere.resolve("secret.png"), new byte[] {1});
        Files.createSymbolicLink(stick.resolve("link.png"), elsewhere.resolve("secret.png"));

        assertThat(new UsbImages(stick).list()).extracting(p -> p.getFileName().toString())
                .containsExactly("a.jpg", "b-活动海报.PNG", "c.jpeg", "d.gif");
    }

    @Test
    void aMissingStickListsNothing() throws IOException {
        assertThat(new UsbImages(stick.resolve("not-plugged-in")).list()).isEmpty();
    }

    @Test
    void readsAListedImageUpToTheLimitAndRefusesALargerOneWithoutReadingItAll() throws IOException {
        Files.write(stick.resolve("small.png"), new byte[1000]);
        Files.write(stick.resolve("large.png"), new byte[5000]);
        UsbImages images = new UsbImages(stick);

        assertThat(images.read(stick.resolve("small.png"), 1000)).hasValueSatisfying(b -> assertThat(b).hasSize(1000));
        assertThat(images.read(stick.resolve("large.png"), 1000)).isEmpty();
    }

    @Test
    void refusesAPathThatIsNotOneOfTheListedImages() throws IOException {
        Files.write(elsewhere.resolve("secret.png"), new byte[] {1});
        Files.write(stick.resolve("notes.txt"), new byte[] {1});
        UsbImages images = new UsbImages(stick);

        assertThatThrownBy(() -> images.read(elsewhere.resolve("secret.png"), 100)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> images.read(stick.resolve("../" + elsewhere.getFileName() + "/secret.png"), 100))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> images.read(stick.resolve("notes.txt"), 100)).isInstanceOf(IOException.class);
    }

    @Test
    void listsAtMostALimitedNumber() throws IOException {
        for (int i : IntStream.range(0, UsbImages.MAX_LISTED + 5).toArray()) {
            Files.write(stick.resolve(String.format("img-%03d.png", i)), new byte[] {1});
        }
        assertThat(new UsbImages(stick).list()).hasSize(UsbImages.MAX_LISTED);
    }
}
