package dvk.reports.pdf;

import java.util.Iterator;
import java.util.function.BiFunction;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/** Feeds a template from plain records: JRBeanCollectionDataSource needs getters, records have accessors. */
final class RecordDataSource<T> implements JRDataSource {

    private final Iterator<T> rows;
    private final BiFunction<T, String, Object> reader;
    private T current;

    RecordDataSource(Iterable<T> rows, BiFunction<T, String, Object> reader) {
        this.rows = rows.iterator();
        this.reader = reader;
    }

    static RecordDataSource<TemplateRow> of(Iterable<TemplateRow> rows) {
        return new RecordDataSource<>(rows, TemplateRow::field);
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            return false;
        }
        current = rows.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return reader.apply(current, field.getName());
    }
}
