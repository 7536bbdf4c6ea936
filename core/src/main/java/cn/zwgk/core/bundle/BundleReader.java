package cn.zwgk.core.bundle;

import cn.zwgk.core.bundle.BundleException.Reason;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.PageVerifier;
import cn.zwgk.core.sync.Sha256;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncProtocolException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens a bundle file and checks it against the pinned central key: the manifest's signature when
 * opened, then with {@link #verifyAll()} every page (size, SHA-256, signature, bounds as listed, one page
 * continuing the one before) and every attachment (SHA-256) — all before anything is applied, so a bundle
 * with one flipped byte anywhere is refused whole. Messages are for staff, in Chinese.
 */
public final class BundleReader implements AutoCloseable {
    private static final String DAMAGED = "同步包文件已损坏或不完整（%s），已整包拒绝，本机数据没有任何改动。请重新拷贝或下载同步包。";
    private static final String UNSIGNED = "同步包未通过签名校验（%s）：内容被改动过，或不是本地区政务公开办签发的。已整包拒绝，本机数据没有任何改动。";

    private final ZipFile zip;
    private final PageVerifier verifier;
    private final BundleManifest manifest;

    private BundleReader(ZipFile zip, PageVerifier verifier, BundleManifest manifest) {
        this.zip = zip;
        this.verifier = verifier;
        this.manifest = manifest;
    }

    /** Opens {@code file} and verifies its manifest; throws {@link BundleException} if it is not a sound bundle. */
    public static BundleReader open(Path file, PageVerifier verifier) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new BundleException(Reason.DAMAGED, DAMAGED.formatted("不是有效的同步包文件"), e);
        } catch (IOException e) {
            throw new BundleException(Reason.DAMAGED, DAMAGED.formatted("无法读取：" + e.getMessage()), e);
        }
        try {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            if (!entries.hasMoreElements() || !BundleFormat.MANIFEST.equals(entries.nextElement().getName())) {
                throw new BundleException(Reason.DAMAGED, DAMAGED.formatted("第一项不是清单"));
            }
            byte[] manifestBytes = read(zip, BundleFormat.MANIFEST);
            String signature = new String(read(zip, BundleFormat.MANIFEST_SIGNATURE), StandardCharsets.US_ASCII);
            verify(verifier, manifestBytes, signature, "清单");
            BundleManifest manifest = SyncJson.read(manifestBytes, BundleManifest.class);
            if (manifest.formatVersion() != BundleManifest.FORMAT_VERSION) {
                throw new BundleException(Reason.UNSUPPORTED, "同步包格式版本 " + manifest.formatVersion()
                        + " 本机不认识，已整包拒绝。请升级本终端软件。");
            }
            if (manifest.pages().isEmpty()) {
                throw new BundleException(Reason.DAMAGED, DAMAGED.formatted("清单中没有数据页"));
            }
            return new BundleReader(zip, verifier, manifest);
        } catch (RuntimeException e) {
            closeQuietly(zip, e);
            throw e instanceof BundleException ? e
                    : new BundleException(Reason.DAMAGED, DAMAGED.formatted(e.getMessage()), e);
        }
    }

    public BundleManifest manifest() {
        return manifest;
    }

    /** Checks every page and attachment against the manifest and the key; reads each once. */
    public void verifyAll() {
        long expectedSince = manifest.since();
        for (int i = 0; i < manifest.pages().size(); i++) {
            BundleManifest.PageEntry entry = manifest.pages().get(i);
            if (entry.since() != expectedSince || entry.until() < entry.since()) {
                throw new BundleException(Reason.DAMAGED, DAMAGED.formatted("第 " + (i + 1) + " 页与前一页不衔接"));
            }
            byte[] body = pageBytes(entry);
            String signature = new String(read(zip, BundleFormat.pageSignature(entry.name())), StandardCharsets.US_ASCII);
            verify(verifier, body, signature, "第 " + (i + 1) + " 页");
            expectedSince = entry.until();
        }
        if (expectedSince != manifest.until()) {
            throw new BundleException(Reason.DAMAGED, DAMAGED.formatted("最后一页与清单不符"));
        }
        for (BundleManifest.AttachmentEntry a : manifest.attachments()) {
            attachment(a);
        }
    }

    /**
     * Page {@code index} (0-based), parsed. Its bytes are checked against the manifest's SHA-256 again
     * (the file could have changed since {@link #verifyAll()}); the manifest's hashes are signed.
     */
    public ChangePage page(int index) {
        BundleManifest.PageEntry entry = manifest.pages().get(index);
        ChangePage page;
        try {
            page = SyncJson.read(pageBytes(entry), ChangePage.class);
        } catch (SyncProtocolException e) {
            throw new BundleException(Reason.DAMAGED, DAMAGED.formatted("第 " + (index + 1) + " 页无法解析"), e);
        }
        boolean resetExpected = index == 0 && manifest.reset();
        if (page.since() != entry.since() || page.until() != entry.until() || page.reset() != resetExpected) {
            throw new BundleException(Reason.DAMAGED, DAMAGED.formatted("第 " + (index + 1) + " 页与清单不符"));
        }
        return page;
    }

    /** The bytes of an attachment listed in the manifest, checked against its SHA-256. */
    public byte[] attachment(BundleManifest.AttachmentEntry entry) {
        byte[] bytes = read(zip, BundleFormat.attachment(entry.sha256()));
        if (!Sha256.of(bytes).equals(entry.sha256())) {
            throw new BundleException(Reason.SIGNATURE, UNSIGNED.formatted("附件 " + entry.sha256().substring(0, 12)
                    + " 与清单不符"));
        }
        return bytes;
    }

    private byte[] pageBytes(BundleManifest.PageEntry entry) {
        byte[] body = read(zip, BundleFormat.page(entry.name()));
        if (body.length != entry.size() || !Sha256.of(body).equals(entry.sha256())) {
            throw new BundleException(Reason.SIGNATURE, UNSIGNED.formatted("数据页 " + entry.name() + " 与清单不符"));
        }
        return body;
    }

    private static void verify(PageVerifier verifier, byte[] body, String signature, String what) {
        try {
            verifier.verify(body, signature);
        } catch (SyncProtocolException e) {
            throw new BundleException(Reason.SIGNATURE, UNSIGNED.formatted(what), e);
        }
    }

    private static byte[] read(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new BundleException(Reason.DAMAGED, DAMAGED.formatted("缺少 " + name));
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(BundleFormat.MAX_ENTRY_BYTES, Integer.MAX_VALUE - 8) + 1);
            if (bytes.length > BundleFormat.MAX_ENTRY_BYTES) {
                throw new BundleException(Reason.DAMAGED, DAMAGED.formatted(name + " 过大"));
            }
            return bytes;
        } catch (IOException e) {
            throw new BundleException(Reason.DAMAGED, DAMAGED.formatted(name + " 无法读取"), e);
        }
    }

    private static void closeQuietly(ZipFile zip, Exception cause) {
        try {
            zip.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
