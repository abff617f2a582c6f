package no.avtalebenk.data.importers.jsonstat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.avtalebenk.data.importer.ImportException;
import no.avtalebenk.data.importer.ImportInput;
import no.avtalebenk.data.importer.ImportProblem;
import no.avtalebenk.data.importer.ImportedCount;
import no.avtalebenk.data.importer.Importer;
import no.avtalebenk.data.text.InputLimits;
import no.avtalebenk.data.text.Json;
import no.avtalebenk.data.text.Json.Node;
import no.avtalebenk.data.text.TextDecoding;

/**
 * A JSON-stat 2.0 dataset, the format SSB's statistics API returns, by default for KOSTRA table 12187
 * ("Antall skoler og elever i videregående utdanning, etter eierforhold"), which the protocol appendix
 * names for videregående: statistikkvariabel Elever, eierforhold Fylkeskommunale, all counties.
 * <p>
 * The dataset's {@code id}, {@code size} and {@code dimension} describe a cube whose {@code value}
 * (an array in row-major order, or an object of index → value) holds one value per combination. The
 * region dimension is the one with the role {@code geo} (else named Region); the time dimension the
 * one with the role {@code time} (else Tid). Every other dimension must be fixed to one category:
 * it is when it has only one; otherwise the {@code select} option names it ({@code DIM=CODE,...}),
 * or, without it, the category labelled "Fylkeskommunal…" (owner) or "Elever…" (statistic) is taken,
 * as the appendix prescribes. Region codes of two digits are counties, four digits municipalities;
 * other codes are aggregates (the country, KOSTRA groups) and are skipped, as are empty (null) cells.
 */
public class JsonStatImporter implements Importer {

	/** Option: the category the values are counts of; videregaende when not given. */
	public static final String CATEGORY = "category";
	/** Option: fixes dimensions with several categories, e.g. {@code Eierforhold=2,ContentsCode=Elever}. */
	public static final String SELECT = "select";

	@Override
	public Set<String> options() {
		return Set.of(CATEGORY, SELECT);
	}

	@Override
	public List<ImportedCount> read(ImportInput input) throws ImportException {
		String file = input.fileName();
		Node root = Json.parse(file, TextDecoding.decode(file, input.content(), TextDecoding.UTF_8));
		if (!root.isObject()) {
			throw problem(file, root, "expected a JSON-stat dataset (an object)");
		}
		Node version = root.get("version");
		Node kind = root.get("class");
		if (version == null || !"2.0".equals(version.text()) || kind == null || !"dataset".equals(kind.text())) {
			throw problem(file, version != null ? version : root, "expected a JSON-stat 2.0 dataset (\"version\": \"2.0\", \"class\": \"dataset\"), as SSB's API returns");
		}
		List<String> ids = new ArrayList<>();
		for (Node id : require(file, root, "id").elements()) {
			if (id.text() == null || ids.contains(id.text())) {
				throw problem(file, id, "\"id\" must list the dimensions' names, each once, as strings");
			}
			ids.add(id.text());
		}
		List<Integer> sizes = new ArrayList<>();
		long product = 1;
		for (Node size : require(file, root, "size").elements()) {
			int n = wholeNumber(size, InputLimits.MAX_CELLS);
			if (n < 1) {
				throw problem(file, size, "\"size\" must give each dimension's number of categories as a whole number from 1 to "
						+ InputLimits.MAX_CELLS + ", not " + (size.value() instanceof BigDecimal d ? d.toString() : String.valueOf(size.value())));
			}
			product *= n;
			if (product > InputLimits.MAX_CELLS) {
				throw problem(file, size, "the dimensions' sizes give more than " + InputLimits.MAX_CELLS + " cells, the limit for an import");
			}
			sizes.add(n);
		}
		if (ids.isEmpty() || ids.size() != sizes.size()) {
			throw problem(file, root.get("size") != null ? root.get("size") : root, "\"id\" and \"size\" must list the same number of dimensions");
		}
		Node dimensions = require(file, root, "dimension");
		List<List<String>> codes = new ArrayList<>();
		List<Map<String, String>> labels = new ArrayList<>();
		for (int d = 0; d < ids.size(); d++) {
			Node dimension = dimensions.get(ids.get(d));
			if (dimension == null) {
				throw problem(file, dimensions, "the dimension \"" + ids.get(d) + "\" named in \"id\" is not described");
			}
			Node category = require(file, dimension, "category");
			List<String> order = categoryOrder(file, category);
			if (order.size() != sizes.get(d)) {
				throw problem(file, category, "the dimension \"" + ids.get(d) + "\" has " + order.size() + " categories but its size is " + sizes.get(d));
			}
			codes.add(order);
			Map<String, String> label = new HashMap<>();
			if (category.get("label") != null) {
				category.get("label").members().forEach((k, v) -> label.put(k, v.text() == null ? k : v.text()));
			}
			labels.add(label);
		}
		int geo = roleIndex(root, "geo", ids, "region");
		int time = roleIndex(root, "time", ids, "tid");
		if (geo < 0 || time < 0) {
			throw problem(file, root.get("id"), "cannot tell the region and time dimensions (no \"role\" with geo and time, no Region and Tid)");
		}
		Map<String, String> selection = selection(file, input);
		int[] fixed = new int[ids.size()];
		List<String> fixedLabels = new ArrayList<>();
		for (int d = 0; d < ids.size(); d++) {
			if (d == geo || d == time) {
				continue;
			}
			fixed[d] = choose(file, dimensions.get(ids.get(d)), ids.get(d), codes.get(d), labels.get(d), selection);
			String code = codes.get(d).get(fixed[d]);
			fixedLabels.add(labels.get(d).getOrDefault(code, code));
		}
		Map<Integer, Node> values = values(file, root, sizes);
		String table = tableId(root);
		String source = (root.get("source") != null && root.get("source").text() != null ? root.get("source").text() : "SSB")
				+ (root.get("label") != null && root.get("label").text() != null ? ", " + root.get("label").text() : "");
		String field = (table.isEmpty() ? "" : table + ": ") + String.join(", ", fixedLabels);
		String category = input.option(CATEGORY).orElse("videregaende");
		if (input.year().isPresent() && codes.get(time).size() > 1) {
			throw new ImportException(ImportProblem.of(file, "--year can only be given when the table has one year; it has "
					+ String.join(", ", codes.get(time))));
		}
		List<ImportedCount> counts = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		for (int g = 0; g < codes.get(geo).size(); g++) {
			String region = codes.get(geo).get(g);
			if (!region.matches("\\d{2}|\\d{4}")) {
				continue;
			}
			for (int t = 0; t < codes.get(time).size(); t++) {
				fixed[geo] = g;
				fixed[time] = t;
				int index = 0;
				for (int d = 0; d < ids.size(); d++) {
					index = index * sizes.get(d) + fixed[d];
				}
				Node cell = values.get(index);
				if (cell == null || cell.value() == null) {
					continue;
				}
				String period = codes.get(time).get(t);
				if (!(cell.value() instanceof BigDecimal number)) {
					problems.add(new ImportProblem(file, cell.line(), cell.column(), "the value for " + region + " " + period + " is not a number"));
					continue;
				}
				if (number.signum() < 0) {
					problems.add(new ImportProblem(file, cell.line(), cell.column(), "the value for " + region + " " + period + " is negative"));
					continue;
				}
				if (!period.matches("\\d{4}.*")) {
					problems.add(new ImportProblem(file, cell.line(), cell.column(), "the period '" + period + "' does not begin with a year"));
					continue;
				}
				int year = input.year().orElse(Integer.valueOf(period.substring(0, 4)));
				counts.add(new ImportedCount(region, labels.get(geo).getOrDefault(region, ""), category, year, number, source, field,
						input.retrieved(), cell.line(), cell.column(), ids.get(geo), 0));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		return counts;
	}

	private static List<String> categoryOrder(String file, Node category) throws ImportException {
		Node index = category.get("index");
		List<String> order = new ArrayList<>();
		if (index == null) {
			// JSON-stat allows a single category described by its label alone.
			if (category.get("label") == null || !category.get("label").isObject()) {
				throw problem(file, category, "the category has neither \"index\" nor \"label\"; JSON-stat needs one of them to name the categories");
			}
			order.addAll(category.get("label").members().keySet());
			return order;
		}
		if (index.value() instanceof List) {
			for (Node element : index.elements()) {
				if (element.text() == null || order.contains(element.text())) {
					throw problem(file, element, "\"index\" must list the category codes, each once, as strings");
				}
				order.add(element.text());
			}
			return order;
		}
		if (!index.isObject()) {
			throw problem(file, index, "\"index\" must be an array of codes or an object of code → position");
		}
		Map<String, Node> members = index.members();
		String[] slots = new String[members.size()];
		for (Map.Entry<String, Node> entry : members.entrySet()) {
			int n = wholeNumber(entry.getValue(), slots.length - 1);
			if (n < 0 || slots[n] != null) {
				throw problem(file, entry.getValue(), "the category \"" + entry.getKey() + "\" has an index that is not a free position");
			}
			slots[n] = entry.getKey();
		}
		order.addAll(List.of(slots));
		return order;
	}

	private static int roleIndex(Node root, String role, List<String> ids, String fallback) {
		Node roles = root.get("role");
		if (roles != null && roles.get(role) != null && !roles.get(role).elements().isEmpty()) {
			return ids.indexOf(roles.get(role).elements().get(0).text());
		}
		for (int i = 0; i < ids.size(); i++) {
			if (ids.get(i).toLowerCase(Locale.ROOT).contains(fallback)) {
				return i;
			}
		}
		return -1;
	}

	private static Map<String, String> selection(String file, ImportInput input) throws ImportException {
		Map<String, String> selection = new HashMap<>();
		for (String pair : input.option(SELECT).orElse("").split(",")) {
			if (pair.isBlank()) {
				continue;
			}
			String[] parts = pair.split("=", 2);
			if (parts.length != 2) {
				throw new ImportException(ImportProblem.of(file, "--select takes DIMENSION=CODE, not '" + pair + "'"));
			}
			selection.put(parts[0].trim(), parts[1].trim());
		}
		return selection;
	}

	private static int choose(String file, Node dimension, String id, List<String> codes, Map<String, String> labels,
			Map<String, String> selection) throws ImportException {
		if (selection.containsKey(id)) {
			int chosen = codes.indexOf(selection.get(id));
			if (chosen < 0) {
				throw problem(file, dimension, "--select " + id + "=" + selection.get(id) + ": no such category; it has " + String.join(", ", codes));
			}
			return chosen;
		}
		if (codes.size() == 1) {
			return 0;
		}
		for (String preferred : List.of("fylkeskommunal", "elever")) {
			for (int i = 0; i < codes.size(); i++) {
				String label = labels.getOrDefault(codes.get(i), codes.get(i)).toLowerCase(Locale.ROOT);
				if (label.startsWith(preferred)) {
					return i;
				}
			}
		}
		List<String> described = new ArrayList<>();
		codes.forEach(c -> described.add(c + " (" + labels.getOrDefault(c, c) + ")"));
		throw problem(file, dimension, "the dimension \"" + id + "\" has several categories; choose one with --select " + id
				+ "=CODE: " + String.join(", ", described));
	}

	private static Map<Integer, Node> values(String file, Node root, List<Integer> sizes) throws ImportException {
		Node value = require(file, root, "value");
		long cells = 1;
		for (int size : sizes) {
			cells *= size;
		}
		Map<Integer, Node> values = new LinkedHashMap<>();
		if (value.value() instanceof List) {
			if (value.elements().size() != cells) {
				throw problem(file, value, "\"value\" has " + value.elements().size() + " cells but the dimensions' sizes give " + cells);
			}
			for (int i = 0; i < value.elements().size(); i++) {
				values.put(i, value.elements().get(i));
			}
		} else {
			for (Map.Entry<String, Node> entry : value.members().entrySet()) {
				if (!entry.getKey().matches("\\d{1,9}") || Long.parseLong(entry.getKey()) >= cells) {
					throw problem(file, entry.getValue(), "\"value\" has the index " + entry.getKey() + ", outside the " + cells + " cells");
				}
				values.put(Integer.valueOf(entry.getKey()), entry.getValue());
			}
		}
		return values;
	}

	private static String tableId(Node root) {
		Node extension = root.get("extension");
		if (extension != null && extension.get("px") != null && extension.get("px").get("tableid") != null) {
			String id = extension.get("px").get("tableid").text();
			return id == null ? "" : "tabell " + id;
		}
		String label = root.get("label") == null ? null : root.get("label").text();
		if (label != null && label.matches("\\d{5}:.*")) {
			return "tabell " + label.substring(0, 5);
		}
		return "";
	}

	private static Node require(String file, Node node, String member) throws ImportException {
		Node found = node.get(member);
		if (found == null) {
			throw problem(file, node, "the JSON-stat dataset has no \"" + member + "\"");
		}
		return found;
	}

	/** @return the node's value when it is a whole number from 0 to {@code max}, else -1 */
	private static int wholeNumber(Node node, int max) {
		if (node.value() instanceof BigDecimal n && n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(max)) <= 0
				&& n.stripTrailingZeros().scale() <= 0) {
			return n.intValue();
		}
		return -1;
	}

	private static ImportException problem(String file, Node node, String message) {
		return new ImportException(node == null ? ImportProblem.of(file, message) : new ImportProblem(file, node.line(), node.column(), message));
	}
}
