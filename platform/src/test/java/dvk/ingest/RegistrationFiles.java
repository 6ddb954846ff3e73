package dvk.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Large registration files in the Mẫu M2 layout as an office saves them from Excel, for the speed tests. */
final class RegistrationFiles {

    private RegistrationFiles() {}

    /** Each province's communes of the 3-level structure, from the unit list the service loads. */
    static Map<String, List<String>> communes(List<String> provinces) throws IOException {
        Map<String, String> parent = new HashMap<>();
        List<String[]> units = new ArrayList<>();
        try (InputStream in = RegistrationFiles.class.getResourceAsStream("/units/vn-units-2024.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                units.add(cells);
                parent.put(cells[0], cells[3]);
            }
        }
        Map<String, List<String>> communes = new LinkedHashMap<>();
        provinces.forEach(p -> communes.put(p, new ArrayList<>()));
        for (String[] unit : units) {
            if ("commune".equals(unit[2]) && communes.containsKey(parent.get(unit[3]))) {
                communes.get(parent.get(unit[3])).add(unit[0]);
            }
        }
        return communes;
    }

    /** {@code rows} registrations spread evenly over {@code communes}, with the three fields KT, VHXH, ANQP. */
    static void write(Path file, List<String> communes, int rows) throws IOException {
        write(file, communes, rows, "Dân vận khéo trong xây dựng nông thôn mới số ");
    }

    /** The same, the models named {@code modelName} followed by their number within their commune. */
    static void write(Path file, List<String> communes, int rows, String modelName) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFTT,Mã đơn vị,\"Tên tập thể, cá nhân\",Tên mô hình,Kinh tế,Văn hóa xã hội,ANQP,"
                    + "Hình thức thực hiện,Thời gian thực hiện,Dự kiến kết quả,Tình trạng,Ghi chú\r\n");
            out.write("I,Tập thể,,,,,,,,,,\r\n");
            for (int i = 0; i < rows; i++) {
                String unit = communes.get(i % communes.size());
                int n = i / communes.size() + 1;
                out.write(i + 1 + "," + unit + ",Chi bộ thôn Nậm " + n
                        + "," + modelName
                        + n + "," + (i % 3 == 0 ? "1" : "") + "," + (i % 3 == 1 ? "x" : "") + ","
                        + (i % 3 == 2 ? "1" : "") + ",Tuyên truyền đến từng hộ,Cả năm,\"Hoàn thành 100%, đúng hạn\","
                        + (i % 5 == 0 ? "Tiếp tục" : "Mới") + ",\r\n");
            }
        }
    }
}
