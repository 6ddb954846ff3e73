package dvk.rollups;

import java.util.List;

/** An exportable table: Vietnamese headers and rows of strings and numbers (numbers stay numbers). */
public record Table(String name, List<String> headers, List<List<Object>> rows) {}
