package org.apphostftp.fs;

import static org.apphostftp.fs.TestSite.BOB;
import static org.apphostftp.fs.TestSite.EVERYONE_READ_WRITE;
import static org.apphostftp.fs.TestSite.file;
import static org.apphostftp.fs.TestSite.folder;
import static org.apphostftp.fs.TestSite.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apphostftp.config.effective.SiteConfig;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestFilteringTest {

    @TempDir
    Path dir;

    private SiteFileSystemView site(String requestFiltering) {
        SiteConfig site = TestSite.in(dir).directory("/vdir", "vdir").showFlags("DisplayVirtualDirectories")
                .security("", EVERYONE_READ_WRITE + "<requestFiltering>" + requestFiltering + "</requestFiltering>").load();
        return view(site, BOB);
    }

    private static void assertRefused(ThrowingCallable call, Refusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PathRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    @Test
    void aHiddenSegmentIsNotReachableWhateverItsCase() {
        SiteFileSystemView view = site("<hiddenSegments><add segment=\"_private\" /></hiddenSegments>");
        file(dir, "root/_private/key.txt", "k");

        assertRefused(() -> view.getFile("/_private/key.txt"), Refusal.HIDDEN_SEGMENT);
        assertRefused(() -> view.getFile("/_PRIVATE"), Refusal.HIDDEN_SEGMENT);
        assertRefused(() -> view.changeWorkingDirectory("_Private"), Refusal.HIDDEN_SEGMENT);
        assertThat(Refusal.HIDDEN_SEGMENT.substatus()).isEqualTo(8);
    }

    @Test
    void aHiddenSegmentIsNotListedNorAVirtualDirectoryOfThatName() throws Exception {
        SiteFileSystemView view = site("<hiddenSegments><add segment=\"_private\" /><add segment=\"VDIR\" /></hiddenSegments>");
        folder(dir, "root/_Private");
        file(dir, "root/public.txt", "p");

        assertThat(view.getFile("/").listFiles()).extracting(SiteFile::getName).containsExactly("public.txt");
    }

    @Test
    void hiddenSegmentsApplyOnlyBelowTheirLocation() throws Exception {
        SiteConfig site = TestSite.in(dir).security("", EVERYONE_READ_WRITE)
                .security("/a", "<requestFiltering><hiddenSegments><add segment=\"bin\" /></hiddenSegments></requestFiltering>").load();
        SiteFileSystemView view = view(site, BOB);
        folder(dir, "root/bin");
        folder(dir, "root/a/bin");

        assertThat(view.getFile("/bin").doesExist()).isTrue();
        assertRefused(() -> view.getFile("/a/bin"), Refusal.HIDDEN_SEGMENT);
        assertThat(view.getFile("/a").listFiles()).isEmpty();
    }

    @Test
    void aPathWithADeniedSequenceIsRefusedAsTypedOrAsResolved() {
        SiteFileSystemView view = site("<denyUrlSequences><add sequence=\"..\" /><add sequence=\"~backup\" /></denyUrlSequences>");
        folder(dir, "root/a");

        assertRefused(() -> view.getFile("a/../x.txt"), Refusal.DENIED_SEQUENCE);
        assertRefused(() -> view.getFile("/a/file~BACKUP"), Refusal.DENIED_SEQUENCE);
    }

    @Test
    void aDeniedExtensionCanNeitherBeReadNorWrittenButIsListed() throws Exception {
        SiteFileSystemView view = site("<fileExtensions><add fileExtension=\".exe\" allowed=\"false\" /></fileExtensions>");
        file(dir, "root/tool.EXE", "mz");

        SiteFile tool = view.getFile("tool.EXE");
        assertThat(tool.doesExist()).isTrue();
        assertThat(tool.isReadable()).isFalse();
        assertThat(tool.readDenial()).contains(Refusal.FILE_EXTENSION);
        assertThat(tool.isWritable()).isFalse();
        assertThat(view.getFile("new.exe").writeDenial()).contains(Refusal.FILE_EXTENSION);
        assertThatThrownBy(() -> tool.createInputStream(0)).isInstanceOf(FileRefusedException.class);
        assertThat(view.getFile("/").listFiles()).extracting(SiteFile::getName).containsExactly("tool.EXE", "vdir");
        assertThat(view.getFile("notes.txt").isWritable()).isTrue();
    }

    @Test
    void withoutUnlistedExtensionsOnlyListedOnesPassAndDotMeansNoExtension() throws Exception {
        SiteFileSystemView view = site("<fileExtensions allowUnlisted=\"false\"><add fileExtension=\".txt\" allowed=\"true\" /></fileExtensions>");
        folder(dir, "root/docs");

        assertThat(view.getFile("a.txt").isWritable()).isTrue();
        assertThat(view.getFile("a.pdf").isWritable()).isFalse();
        assertThat(view.getFile("README").isWritable()).isFalse();
        assertThat(view.getFile("docs").isReadable()).as("existing folders are not files").isTrue();
        SiteFileSystemView withDot = site("<fileExtensions allowUnlisted=\"false\"><add fileExtension=\".\" allowed=\"true\" /></fileExtensions>");
        assertThat(withDot.getFile("README").isWritable()).isTrue();
    }

    @Test
    void nonAsciiPathsAreRefusedWhenHighBitCharactersAreNotAllowed() throws Exception {
        assertThat(site("").getFile("/café.txt").isWritable()).as("allowed by default").isTrue();

        SiteConfig site = TestSite.in(dir).security("", EVERYONE_READ_WRITE
                + "<requestFiltering allowHighBitCharacters=\"false\" />").load();
        SiteFileSystemView view = view(site, BOB);
        assertRefused(() -> view.getFile("/café.txt"), Refusal.HIGH_BIT_CHARACTER);
    }

    @Test
    void aPathLongerThanMaxUrlIsRefused() throws Exception {
        SiteFileSystemView view = site("<requestLimits maxUrl=\"32\" />");

        assertThat(view.getFile("/" + "a".repeat(31)).getAbsolutePath()).hasSize(32);
        assertRefused(() -> view.getFile("/" + "a".repeat(32)), Refusal.URL_TOO_LONG);
    }

    @Test
    void theContentLimitOfThePathIsExposedForUploads() throws Exception {
        SiteFileSystemView view = site("<requestLimits maxAllowedContentLength=\"1000\" />");

        assertThat(view.getFile("big.bin").maxAllowedContentLength()).isEqualTo(1000);
    }
}
