package org.apphostftp;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The layers of README "Project layout", checked on the compiled classes: data flows one way (file → configuration →
 * running sites → sessions), MINA stays behind site and fs, and every library stays in the one layer made for it.
 */
@AnalyzeClasses(packages = "org.apphostftp", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    private static final String[] MINA = {"org.apache.mina..", "org.apache.ftpserver.."};

    /** Every package of ours is a slice of its own, the root package included. */
    static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.startsWith("org.apphostftp") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of org.apphostftp";
        }
    };

    @ArchTest
    static final ArchRule noPackageDependsOnItselfThroughAnother = slices()
            .assignedFrom(EACH_PACKAGE)
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noTopLevelAreaDependsOnItselfThroughAnother = slices()
            .matching("org.apphostftp.(*)..").namingSlices("area $1")
            .should().beFreeOfCycles();

    // session keeps our own types (SessionInfo, counters): it needs no MINA, so the rule leaves it out
    @ArchTest
    static final ArchRule minaIsUsedOnlyInSiteAndFs = noClasses()
            .that().resideOutsideOfPackages("org.apphostftp.site..", "org.apphostftp.fs..")
            .should().dependOnClassesThat().resideInAnyPackage(MINA)
            .because("a change of FTP engine must stay local to site and fs (README, Project layout)");

    @ArchTest
    static final ArchRule configApiNeverImportsTheRuntimeOrItsShells = noClasses()
            .that().resideInAPackage("org.apphostftp.configapi..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apphostftp", "org.apphostftp.host..",
                    "org.apphostftp.site..", "org.apphostftp.session..", "org.apphostftp.fs..",
                    "org.apphostftp.admin..", "org.apphostftp.cli..", "org.apphostftp.appcmd..", "org.apphostftp.farm..")
            .because("the running host plugs its live data into configapi through RuntimeProviders");

    @ArchTest
    static final ArchRule configurationKnowsNothingOfFtpHttpOrTheCommandLine = noClasses()
            .that().resideInAPackage("org.apphostftp.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.mina..", "org.apache.ftpserver..",
                    "com.sun.net.httpserver..", "picocli..", "org.jgroups..");

    @ArchTest
    static final ArchRule configurationImportsNoOtherLayerOfOurs = importsNoOtherLayerOfOurs("org.apphostftp.config..")
            .because("the loaded configuration is the bottom layer everything else reads");

    @ArchTest
    static final ArchRule jsonImportsNoOtherLayerOfOurs = importsNoOtherLayerOfOurs("org.apphostftp.json..")
            .because("JSON on jackson-core is a bottom layer that configapi, admin, cli, farm and audit share");

    @ArchTest
    static final ArchRule adminAndCliNeverReachIntoTheRunningSites = noClasses()
            .that().resideInAnyPackage("org.apphostftp.admin..", "org.apphostftp.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apphostftp.site..", "org.apphostftp.session..",
                    "org.apphostftp.fs..")
            .because("they are thin shells over configapi; live sessions reach them as configuration elements");

    @ArchTest
    static final ArchRule jgroupsIsUsedOnlyInFarm = noClasses()
            .that().resideOutsideOfPackage("org.apphostftp.farm..")
            .should().dependOnClassesThat().resideInAPackage("org.jgroups..");

    @ArchTest
    static final ArchRule picocliIsUsedOnlyInCli = noClasses()
            .that().resideOutsideOfPackage("org.apphostftp.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    /** The fixture packages under test/layersfixture hold a cycle and a MINA import on purpose. */
    private static JavaClasses fixture() {
        return new ClassFileImporter().importPackages("org.apphostftp.layersfixture");
    }

    @Test
    void theCycleRuleNamesACycleBetweenTwoPackages() {
        assertThatThrownBy(() -> noPackageDependsOnItselfThroughAnother.check(fixture()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("org.apphostftp.layersfixture.upper")
                .hasMessageContaining("org.apphostftp.layersfixture.lower");
    }

    @Test
    void theMinaRuleNamesAClassOutsideSiteAndFsThatUsesMina() {
        assertThatThrownBy(() -> minaIsUsedOnlyInSiteAndFs.check(fixture()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Lower")
                .hasMessageContaining("org.apache.ftpserver.ftplet.FtpReply");
    }

    /** A bottom layer: classes in {@code layer} depend on no class of ours outside it. */
    private static ArchRule importsNoOtherLayerOfOurs(String layer) {
        return noClasses().that().resideInAPackage(layer)
                .should().dependOnClassesThat(resideInAPackage("org.apphostftp..").and(resideOutsideOfPackage(layer)));
    }
}
