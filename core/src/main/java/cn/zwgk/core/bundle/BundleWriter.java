package cn.zwgk.core.bundle;

import cn.zwgk.core.sync.PageSigner;
import cn.zwgk.core.sync.Sha256;
import cn.zwgk.core.sync.SyncJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bundle file: a zip with the signed manifest first, then each page's exact bytes and detached
 * signature, then the attachments. Written to a temporary name and moved into place, so a file under the
 * final name is always whole.
 */
public final class BundleWriter {

    /** A page already signed by the central key: its bytes are in {@code file}. */
    public record SignedPage(Path file, String signature, long since, long until, int changes) {
    }

    private BundleWriter() {
    }

    /** Writes the bundle to {@code out} and returns its manifest. */
    public static BundleManifest write(Path out, String scope, boolean reset, Instant createdAt, PageSigner signer,
            List<SignedPage> pages, List<Path> attachments) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a bundle holds at least one page");
        }
        List<BundleManifest.PageEntry> pageEntries = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            SignedPage p = pages.get(i);
            pageEntries.add(new BundleManifest.PageEntry(String.format("%06d", i + 1), p.since(), p.until(),
                    p.changes(), size(p.file()), Sha256.of(p.file())));
        }
        List<BundleManifest.AttachmentEntry> attachmentEntries = new ArrayList<>();
        for (Path a : attachments) {
            attachmentEntries.add(new BundleManifest.AttachmentEntry(Sha256.of(a), size(a)));
        }
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT_VERSION, scope, pages.getFirst().since(),
                pages.getLast().until(), reset, createdAt, signer.keyId(), pageEntries, attachmentEntries);
        byte[] manifestBytes = SyncJson.writeBytes(manifest);
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".bundle", ".part");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                put(zip, BundleFormat.MANIFEST, manifestBytes);
                put(zip, BundleFormat.MANIFEST_SIGNATURE, signer.sign(manifestBytes).getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < pages.size(); i++) {
                    String name = pageEntries.get(i).name();
                    copy(zip, BundleFormat.page(name), pages.get(i).file());
                    put(zip, BundleFormat.pageSignature(name), pages.get(i).signature().getBytes(StandardCharsets.US_ASCII));
                }
                for (int i = 0; i < attachments.size(); i++) {
                    copy(zip, BundleFormat.attachment(attachmentEntries.get(i).sha256()), attachments.get(i));
                }
            }
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bundle " + out, e);
        }
        return manifest;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void copy(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (var in = Files.newInputStream(file)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
