package org.apphostftp.fs;

import static org.apphostftp.fs.TestSite.BOB;
import static org.apphostftp.fs.TestSite.CAROL;
import static org.apphostftp.fs.TestSite.EVERYONE_READ_WRITE;
import static org.apphostftp.fs.TestSite.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.security.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads in progress, partial uploads and the content limit, shared by the sessions of one site. */
class UploadTest {

    @TempDir
    Path dir;

    private final UploadRegistry uploads = new UploadRegistry();

    private SiteFileSystemView view(Identity who, String fileHandling, String requestFiltering) throws Exception {
        TestSite site = TestSite.in(dir).security("", EVERYONE_READ_WRITE + requestFiltering);
        if (!fileHandling.isEmpty()) {
            site.fileHandling(fileHandling);
        }
        SiteConfig config = site.load();
        return SiteFileSystemView.open(() -> config, who, uploads);
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCompletedUploadKeepsItsData() throws Exception {
        SiteFile file = view(BOB, "", "").getFile("new.txt");

        try (Upload upload = file.openUpload(0)) {
            upload.write(bytes("hello"));
            assertThat(uploads.inProgress(file.physicalPath())).isTrue();
            upload.complete();
        }

        assertThat(dir.resolve("root/new.txt")).hasContent("hello");
        assertThat(uploads.inProgress()).isEmpty();
    }

    @Test
    void aDownloadOfAFileBeingReplacedIsRefusedUnlessAllowedAndThenServesTheOldContent() throws Exception {
        file(dir, "root/busy.txt", "old");
        SiteFileSystemView writer = view(BOB, "", "");
        SiteFileSystemView reader = view(CAROL, "", "");

        try (Upload upload = writer.getFile("busy.txt").openUpload(0)) {
            upload.write(bytes("partial"));
            SiteFile busy = reader.getFile("busy.txt");
            assertThat(busy.isReadable()).isFalse();
            assertThat(busy.readDenial()).contains(Refusal.UPLOAD_IN_PROGRESS);
            assertThatThrownBy(busy::openReadChannel).isInstanceOf(FileRefusedException.class);
            SiteFile allowed = view(CAROL, "allowReadUploadsInProgress=\"true\"", "").getFile("busy.txt");
            try (InputStream in = allowed.createInputStream(0)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("old");
            }
            upload.complete();
        }
        assertThat(reader.getFile("busy.txt").isReadable()).isTrue();
        assertThat(dir.resolve("root/busy.txt")).hasContent("partial");
    }

    @Test
    void aNewFileAppearsOnlyWhenItsUploadIsComplete() throws Exception {
        SiteFileSystemView reader = view(CAROL, "", "");

        try (Upload upload = view(BOB, "", "").getFile("new.txt").openUpload(0)) {
            upload.write(bytes("partial"));
            assertThat(reader.getFile("new.txt").readDenial()).contains(Refusal.NOT_FOUND);
            assertThat(reader.getFile("/").listFiles()).isEmpty();
            upload.commit();
            assertThat(uploads.inProgress()).isEmpty();
            assertThat(dir.resolve("root/new.txt")).hasContent("partial");
        }
    }

    @Test
    void anUnfinishedOverwriteLeavesThePreviousContentEvenWithKeepPartialUploads() throws Exception {
        file(dir, "root/keep.txt", "previous");

        for (String handling : new String[] {"", "keepPartialUploads=\"true\""}) {
            try (Upload upload = view(BOB, handling, "").getFile("keep.txt").openUpload(0)) {
                upload.write(bytes("half"));
            }
            assertThat(dir.resolve("root/keep.txt")).hasContent("previous");
            try (var left = java.nio.file.Files.list(dir.resolve("root"))) {
                assertThat(left).containsExactly(dir.resolve("root/keep.txt"));
            }
        }
    }

    @Test
    void aResumeInsideTheFileKeepsItsStartAndLeavesTheFileAloneUntilComplete() throws Exception {
        file(dir, "root/resume.txt", "0123456789");
        SiteFile resume = view(BOB, "", "").getFile("resume.txt");

        try (Upload upload = resume.openUpload(4)) {
            upload.write(bytes("xy"));
        }
        assertThat(dir.resolve("root/resume.txt")).hasContent("0123456789");

        try (Upload upload = view(BOB, "", "").getFile("resume.txt").openUpload(4)) {
            upload.write(bytes("xy"));
            upload.commit();
        }
        assertThat(dir.resolve("root/resume.txt")).hasContent("0123xy");
    }

    @Test
    void theTemporaryFileOfAnUploadIsNeitherListedNorServed() throws Exception {
        SiteFileSystemView reader = view(CAROL, "", "");
        try (Upload upload = view(BOB, "", "").getFile("hidden.txt").openUpload(0)) {
            upload.write(bytes("partial"));
            String temporary;
            try (var names = java.nio.file.Files.list(dir.resolve("root"))) {
                temporary = names.map(p -> p.getFileName().toString()).findFirst().orElseThrow();
            }
            assertThat(temporary).startsWith(ConfinedTree.TEMPORARY_PREFIX);
            assertThat(reader.getFile("/").listFiles()).isEmpty();
            assertThatThrownBy(() -> reader.getFile(temporary)).isInstanceOf(PathRefusedException.class);
            upload.complete();
        }
    }

    @Test
    void aSecondUploadOfTheSameFileIsRefused() throws Exception {
        SiteFileSystemView first = view(BOB, "", "");
        SiteFileSystemView second = view(CAROL, "", "");

        try (Upload upload = first.getFile("one.txt").openUpload(0)) {
            assertThat(second.getFile("one.txt").writeDenial()).contains(Refusal.UPLOAD_IN_PROGRESS);
            assertThat(second.getFile("one.txt").delete()).isFalse();
            upload.complete();
        }
    }

    @Test
    void anUnfinishedNewUploadIsRemovedUnlessPartialUploadsAreKept() throws Exception {
        try (Upload upload = view(BOB, "", "").getFile("lost.txt").openUpload(0)) {
            upload.write(bytes("half"));
        }
        assertThat(dir.resolve("root/lost.txt")).doesNotExist();

        try (Upload upload = view(BOB, "keepPartialUploads=\"true\"", "").getFile("kept.txt").openUpload(0)) {
            upload.write(bytes("half"));
        }
        assertThat(dir.resolve("root/kept.txt")).hasContent("half");
    }

    @Test
    void anUnfinishedAppendIsCutBackToWhereItStarted() throws Exception {
        file(dir, "root/log.txt", "first;");
        SiteFile log = view(BOB, "", "").getFile("log.txt");

        try (Upload upload = log.openUpload(log.getSize())) {
            upload.write(bytes("second"));
        }

        assertThat(dir.resolve("root/log.txt")).hasContent("first;");
    }

    @Test
    void anUploadPastMaxAllowedContentLengthFailsAndIsRemoved() throws Exception {
        SiteFile big = view(BOB, "", "<requestFiltering><requestLimits maxAllowedContentLength=\"4\" /></requestFiltering>").getFile("big.txt");

        OutputStream out = big.createOutputStream(0);
        out.write("1234".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> out.write('5')).isInstanceOfSatisfying(UploadLimitExceededException.class,
                e -> assertThat(e.limit()).isEqualTo(4));
        out.close();

        assertThat(dir.resolve("root/big.txt")).doesNotExist();
        assertThat(uploads.inProgress()).isEmpty();
    }

    @Test
    void createOutputStreamCutsTheFileAtTheOffsetAndKeepsItOnClose() throws Exception {
        file(dir, "root/resume.txt", "0123456789");
        SiteFile file = view(BOB, "", "").getFile("resume.txt");

        try (OutputStream out = file.createOutputStream(4)) {
            out.write("ab".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(dir.resolve("root/resume.txt")).hasContent("0123ab");
    }

    @Test
    void resumingBeyondTheEndOfTheFileIsRefused() throws Exception {
        file(dir, "root/short.txt", "01");

        assertThatThrownBy(() -> view(BOB, "", "").getFile("short.txt").openUpload(5)).hasMessageContaining("cannot resume at 5");
        assertThat(dir.resolve("root/short.txt")).hasContent("01");
        assertThat(uploads.inProgress()).isEmpty();
    }

    @Test
    void downloadsStartAtTheOffset() throws Exception {
        file(dir, "root/data.txt", "0123456789");
        SiteFile data = view(BOB, "", "").getFile("data.txt");

        try (InputStream in = data.createInputStream(6)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("6789");
        }
        try (FileChannel channel = data.openReadChannel()) {
            assertThat(channel.size()).isEqualTo(10);
        }
    }

    @Test
    void aFolderCannotBeDownloadedOrOverwritten() throws Exception {
        TestSite.folder(dir, "root/d");
        SiteFile folder = view(BOB, "", "").getFile("d");

        assertThatThrownBy(folder::openReadChannel).isInstanceOf(FileRefusedException.class);
        assertThatThrownBy(() -> folder.openUpload(0)).isInstanceOf(FileRefusedException.class);
    }
}
