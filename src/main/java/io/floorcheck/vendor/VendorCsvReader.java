package io.floorcheck.vendor;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.floorcheck.base.CsvText;
import io.floorcheck.base.ImportProblem;
import io.floorcheck.base.ImportRefused;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads vendors and their sites from CSV: one row per site, the vendor's columns repeated on
 * each of its rows (a vendor without sites has one row with the site columns empty). The
 * whole file is checked first; any problem refuses it all, each with its line.
 */
public final class VendorCsvReader {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final List<String> VENDOR_COLUMNS = List.of("legal_name", "short_name", "hq_country", "website",
            "description", "service_lines", "languages", "notes");
    public static final List<String> SITE_COLUMNS = List.of("site_city", "site_country", "site_seats",
            "site_channels", "site_time_zone");
    private static final int MAX_PROBLEMS = 50;

    private final CsvText text;
    private final List<ImportProblem> problems = new ArrayList<>();

    private VendorCsvReader(CsvText text) {
        this.text = text;
    }

    /** A vendor read from the file with the line it starts on, for messages about it. */
    public record ReadVendor(long line, VendorDraft draft) {
    }

    public static List<ReadVendor> read(byte[] bytes) {
        VendorCsvReader reader = new VendorCsvReader(CsvText.decode(bytes, MAX_BYTES));
        List<ReadVendor> vendors = reader.parse();
        if (!reader.problems.isEmpty()) {
            throw new ImportRefused(reader.problems);
        }
        return vendors;
    }

    private List<ReadVendor> parse() {
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), CSVFormat.RFC4180)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                problem(1, "import.empty");
                return List.of();
            }
            Map<String, Integer> columns = header(records.next());
            if (columns == null) {
                return List.of();
            }
            Map<String, Building> vendors = new LinkedHashMap<>();
            while (records.hasNext() && problems.size() < MAX_PROBLEMS) {
                CSVRecord record = records.next();
                long line = text.lineOf(record);
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (record.size() != columns.size()) {
                    problem(line, "import.cellCount", record.size(), columns.size());
                    continue;
                }
                row(line, column -> cell(record, columns, column), vendors);
            }
            if (problems.isEmpty() && vendors.isEmpty()) {
                problem(2, "import.noVendors");
            }
            for (Building vendor : vendors.values()) {
                VendorRules.problems(vendor.draft()).forEach(p -> problem(vendor.line(), p.key(), p.args().toArray()));
            }
            return vendors.values().stream().map(b -> new ReadVendor(b.line(), b.draft())).toList();
        } catch (IOException | UncheckedIOException e) {
            // The parser's message names its own classes; the user needs to know what to fix.
            problem(text.lastLine(), "import.unreadable");
            return List.of();
        }
    }

    private Map<String, Integer> header(CSVRecord record) {
        if (record.size() == 1 && record.get(0).contains(";")) {
            problem(1, "import.semicolons");
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!VENDOR_COLUMNS.contains(name) && !SITE_COLUMNS.contains(name)) {
                problem(1, "import.unknownColumn", name);
            } else if (columns.put(name, i) != null) {
                problem(1, "import.columnTwice", name);
            }
        }
        List<String> missing = new ArrayList<>(VENDOR_COLUMNS);
        missing.addAll(SITE_COLUMNS);
        missing.removeAll(columns.keySet());
        if (!missing.isEmpty()) {
            problem(1, "import.missingColumns", String.join(", ", missing));
        }
        return problems.isEmpty() ? columns : null;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        String value = CsvText.unneutralise(record.get(columns.get(column))).strip();
        return value.isEmpty() ? null : value;
    }

    /** A vendor being assembled from its rows. */
    private record Building(long line, VendorDraft head, List<VendorSite> sites) {

        VendorDraft draft() {
            return new VendorDraft(head.legalName(), head.shortName(), head.hqCountry(), head.website(),
                    head.description(), head.serviceLines(), head.languages(), head.notes(), sites, List.of());
        }
    }

    private void row(long line, java.util.function.Function<String, String> cell, Map<String, Building> vendors) {
        int before = problems.size();
        String legalName = cell.apply("legal_name");
        if (legalName == null) {
            problem(line, "import.required", "legal_name");
            return;
        }
        Set<ServiceLine> lines = serviceLines(line, "service_lines", cell.apply("service_lines"));
        VendorDraft head = new VendorDraft(legalName, cell.apply("short_name"), cell.apply("hq_country"),
                cell.apply("website"), cell.apply("description"), lines, cell.apply("languages"), cell.apply("notes"),
                List.of(), List.of());
        VendorSite site = site(line, cell);
        if (problems.size() > before) {
            return;
        }
        String key = java.text.Normalizer.normalize(legalName.replaceAll("\\s+", " "), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        Building vendor = vendors.get(key);
        if (vendor == null) {
            vendors.put(key, new Building(line, head, new ArrayList<>(site == null ? List.of() : List.of(site))));
        } else if (!vendor.head().equals(head)) {
            problem(line, "vendors.import.vendorDiffers", legalName, vendor.line());
        } else if (site == null) {
            problem(line, "vendors.import.siteMissing");
        } else {
            vendor.sites().add(site);
        }
    }

    private VendorSite site(long line, java.util.function.Function<String, String> cell) {
        String city = cell.apply("site_city");
        String country = cell.apply("site_country");
        String seats = cell.apply("site_seats");
        String channels = cell.apply("site_channels");
        String zone = cell.apply("site_time_zone");
        if (city == null && country == null && seats == null && channels == null && zone == null) {
            return null;
        }
        Integer seatCount = null;
        if (seats != null) {
            try {
                seatCount = Integer.valueOf(seats);
            } catch (NumberFormatException e) {
                problem(line, "import.notAWholeNumber", "site_seats", seats);
            }
        }
        return new VendorSite(city, country, seatCount, serviceLines(line, "site_channels", channels), zone);
    }

    private Set<ServiceLine> serviceLines(long line, String column, String value) {
        Set<ServiceLine> lines = EnumSet.noneOf(ServiceLine.class);
        if (value == null) {
            return lines;
        }
        for (String part : value.split("[;|/]")) {
            if (part.isBlank()) {
                continue;
            }
            ServiceLine.fromText(part).ifPresentOrElse(lines::add,
                    () -> problem(line, "vendors.import.serviceLine", column, part.strip()));
        }
        return lines;
    }

    private void problem(long line, String key, Object... args) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(ImportProblem.at(line, key, args));
        }
    }
}
