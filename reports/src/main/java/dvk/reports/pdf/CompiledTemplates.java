package dvk.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Compiles the JRXML templates once per renderer and per number of campaign fields (compiling takes
 * about a second; a deployment normally sees one field count, so in practice each template compiles once).
 */
final class CompiledTemplates {

    static final String BODY = "pack-body.jrxml";
    static final String ANNEX = "pack-annex.jrxml";

    private record Key(String template, int fieldCount) {}

    private final Map<Key, JasperReport> compiled = new ConcurrentHashMap<>();

    int count() {
        return compiled.size();
    }

    JasperReport get(String template, int fieldCount) {
        return compiled.computeIfAbsent(new Key(template, fieldCount), CompiledTemplates::compile);
    }

    private static JasperReport compile(Key key) {
        String resource = "/dvk/reports/pdf/" + key.template();
        try (InputStream in = CompiledTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Template " + resource + " is missing from the classpath");
            }
            JasperDesign design = JRXmlLoader.load(in);
            TemplateLayout.fitFieldColumns(design, key.fieldCount());
            return JasperCompileManager.compileReport(design);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + resource, e);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot compile template " + resource + ": " + e.getMessage(), e);
        }
    }
}
