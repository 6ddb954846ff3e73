package dvk.reports;

import dvk.reports.pack.ReportPack;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders the ~2,000-registration province pack N times (default 5) after one warm-up and prints ms per pack
 * for each format and the peak heap. Run from the repository root:
 * {@code ./mvnw -B -q -pl reports -am test-compile exec:java -Dexec.mainClass=dvk.reports.PackBenchmark
 * -Dexec.classpathScope=test -Dexec.args="5"}
 */
public final class PackBenchmark {

    private PackBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int registrations = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        ReportPack pack = SamplePacks.province(registrations);
        PackRenderer renderer = new PackRenderer();

        long compileStart = System.nanoTime();
        renderer.warmUp(pack.fields().size());
        System.out.printf("template compile: %d ms%n", (System.nanoTime() - compileStart) / 1_000_000);
        byte[] pdf = renderer.pdf(pack);
        renderer.docx(pack);
        renderer.xlsx(pack);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            System.out.printf(
                    "pack: %d registrations, PDF %d pages, %d KB%n",
                    registrations, document.getNumberOfPages(), pdf.length / 1024);
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        report("PDF ", runs, renderer::pdf, pack);
        report("DOCX", runs, renderer::docx, pack);
        report("XLSX", runs, renderer::xlsx, pack);
        System.out.printf(
                "peak heap (sum of pool peaks): %d MB, max heap %d MB%n",
                peakHeapBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static void report(String format, int runs, Function<ReportPack, byte[]> render, ReportPack pack) {
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            bytes = render.apply(pack).length;
        }
        long perPack = (System.nanoTime() - start) / 1_000_000 / runs;
        System.out.printf("%s: %d ms per pack (%d KB)%n", format, perPack, bytes / 1024);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
