package cn.zwgk.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 7, the attack: an FTP server (or someone who can write to its folder) lists a bundle named to escape
 * the kiosk's bundle folder, or one large enough to fill the disk. Only plain names within the size limit are fetched.
 */
class FtpListingTest {
    private static FTPFile file(String name, long size) {
        FTPFile f = new FTPFile();
        f.setName(name);
        f.setSize(size);
        f.setType(FTPFile.FILE_TYPE);
        return f;
    }

    @Test
    void onlyPlainBundleNamesWithinTheSizeLimitAreFetched() {
        FTPFile dir = file("folder.zwgkbundle", 10);
        dir.setType(FTPFile.DIRECTORY_TYPE);
        var accepted = FtpFetcher.acceptable(new FTPFile[] {
            file("110199001001-0002.zwgkbundle", 2048),
            file("../../etc/cron.d/x.zwgkbundle", 10),
            file("..\\\\x.zwgkbundle", 10),
            file("sub/evil.zwgkbundle", 10),
            file(".hidden.zwgkbundle", 10),
            file("110199001001-0001.zwgkbundle", 1024),
            file("huge.zwgkbundle", FtpFetcher.MAX_BUNDLE_BYTES + 1),
            file("notes.txt", 10),
            dir});
        assertThat(accepted).extracting(FTPFile::getName)
                .containsExactly("110199001001-0001.zwgkbundle", "110199001001-0002.zwgkbundle");
        assertThat(FtpFetcher.acceptable(null)).isEmpty();
    }
}
