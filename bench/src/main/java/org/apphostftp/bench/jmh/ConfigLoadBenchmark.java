package org.apphostftp.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Loading, validating and resolving a configuration of 1,000 FTP sites (what a start or a reload costs). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConfigLoadBenchmark {

    @Param("1000")
    int sites;

    private Path dir;
    private Path file;
    private ConfigLoader loader;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("apphost-jmh");
        file = BenchConfigs.sites(dir, sites);
        loader = ConfigLoader.standard();
        LoadResult first = loader.load(file);
        if (!first.ok()) {
            throw new IllegalStateException("the generated configuration is invalid: " + first.errors());
        }
    }

    @TearDown
    public void tearDown() {
        BenchConfigs.delete(dir);
    }

    @Benchmark
    public LoadResult load() {
        return loader.load(file);
    }
}
