package no.avtalebenk.data.dataset;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import no.avtalebenk.model.avtale.ReportingUnit;
import no.avtalebenk.model.avtale.UnitKind;

/**
 * Explains an unknown unit number and suggests the current one. Norway renumbered municipalities in
 * the 2018 Trøndelag merger, the 2020 reform and the 2024 county split: Viken (30) became Østfold
 * (31), Akershus (32) and Buskerud (33); Vestfold og Telemark (38) became Vestfold (39) and Telemark
 * (40); Troms og Finnmark (54) became Troms (55) and Finnmark (56). A municipality number begins
 * with its county's number, so an old number names the counties to search, and the municipality's
 * name, when the file gives it, finds the current number. Where the name changed in a merger, the
 * closest names or numbers in the register are offered instead.
 */
public final class UnitSuggestions {

	/** Former county numbers, their name and years, and the counties that took over their municipalities. */
	private static final Map<String, Former> FORMER = Map.ofEntries(
			Map.entry("01", new Former("Østfold (until 2019)", List.of("31"))),
			Map.entry("02", new Former("Akershus (until 2019)", List.of("32", "31", "33"))),
			Map.entry("04", new Former("Hedmark (until 2019)", List.of("34"))),
			Map.entry("05", new Former("Oppland (until 2019)", List.of("34", "32"))),
			Map.entry("06", new Former("Buskerud (until 2019)", List.of("33", "32"))),
			Map.entry("07", new Former("Vestfold (until 2019)", List.of("39"))),
			Map.entry("08", new Former("Telemark (until 2019)", List.of("40"))),
			Map.entry("09", new Former("Aust-Agder (until 2019)", List.of("42"))),
			Map.entry("10", new Former("Vest-Agder (until 2019)", List.of("42"))),
			Map.entry("12", new Former("Hordaland (until 2019)", List.of("46"))),
			Map.entry("14", new Former("Sogn og Fjordane (until 2019)", List.of("46"))),
			Map.entry("16", new Former("Sør-Trøndelag (until 2017)", List.of("50"))),
			Map.entry("17", new Former("Nord-Trøndelag (until 2017)", List.of("50"))),
			Map.entry("19", new Former("Troms (until 2019)", List.of("55"))),
			Map.entry("20", new Former("Finnmark (until 2019)", List.of("56"))),
			Map.entry("30", new Former("Viken (2020–2023)", List.of("31", "32", "33"))),
			Map.entry("38", new Former("Vestfold og Telemark (2020–2023)", List.of("39", "40"))),
			Map.entry("54", new Former("Troms og Finnmark (2020–2023)", List.of("55", "56"))));

	private record Former(String name, List<String> successors) {
	}

	private UnitSuggestions() {
	}

	/**
	 * @param number the unknown unit number as the file gives it
	 * @param name   the unit's name as the file gives it, or empty
	 * @param units  the units of the data set
	 * @return a sentence explaining the number and naming likely current units
	 */
	public static String suggest(String number, String name, List<ReportingUnit> units) {
		String code = number.trim();
		String prefix = code.length() >= 2 ? code.substring(0, 2) : code;
		Former former = FORMER.get(prefix);
		if (code.matches("\\d{2}") && former != null) {
			return "fylkesnummer " + code + " is " + former.name() + "; its area now belongs to "
					+ describe(units.stream().filter(u -> former.successors().contains(u.getId())).toList());
		}
		if (code.matches("\\d{4}") && former != null) {
			List<ReportingUnit> candidates = units.stream().filter(u -> u.getKind() == UnitKind.MUNICIPALITY)
					.filter(u -> u.getCounty() != null && former.successors().contains(u.getCounty().getId())).toList();
			if (!name.isBlank()) {
				List<ReportingUnit> same = candidates.stream().filter(u -> sameName(u.getName(), name)).toList();
				if (same.size() == 1) {
					return code + " is the number " + name.trim() + " had in " + former.name() + "; it is now "
							+ describe(same);
				}
			}
			String intro = "numbers " + prefix + "xx belong to " + former.name() + "; its municipalities now have numbers beginning "
					+ String.join(", ", former.successors());
			List<ReportingUnit> close = name.isBlank() ? List.of() : closestNames(name, candidates.isEmpty() ? units : candidates);
			return close.isEmpty() ? intro : intro + "; did you mean " + describe(close) + "?";
		}
		List<ReportingUnit> close = name.isBlank() ? closestNumbers(code, units) : closestNames(name, units);
		if (close.isEmpty()) {
			return "it is not a kommunenummer or fylkesnummer in the register (valid from 2024-01-01)";
		}
		return "it is not in the register (valid from 2024-01-01); did you mean " + describe(close) + "?";
	}

	private static String describe(List<ReportingUnit> units) {
		return units.stream().map(u -> u.getId() + " " + u.getName()).collect(Collectors.joining(" or "));
	}

	private static boolean sameName(String a, String b) {
		return normalise(a).equals(normalise(b));
	}

	private static List<ReportingUnit> closestNames(String name, List<ReportingUnit> units) {
		String wanted = normalise(name);
		List<ReportingUnit> matches = new ArrayList<>();
		units.stream().filter(u -> u.getKind() == UnitKind.MUNICIPALITY || u.getKind() == UnitKind.COUNTY)
				.filter(u -> distance(normalise(u.getName()), wanted) <= Math.max(2, wanted.length() / 4))
				.sorted(Comparator.comparingInt((ReportingUnit u) -> distance(normalise(u.getName()), wanted)).thenComparing(ReportingUnit::getId))
				.limit(3).forEach(matches::add);
		return matches;
	}

	private static List<ReportingUnit> closestNumbers(String code, List<ReportingUnit> units) {
		if (!code.matches("\\d{2}|\\d{4}")) {
			return List.of();
		}
		int wanted = Integer.parseInt(code);
		return units.stream().filter(u -> u.getId().length() == code.length() && u.getId().matches("\\d+"))
				.sorted(Comparator.comparingInt((ReportingUnit u) -> Math.abs(Integer.parseInt(u.getId()) - wanted))
						.thenComparing(ReportingUnit::getId))
				.limit(3).toList();
	}

	/** Compares names without case, accents, hyphens or the word "kommune". */
	private static String normalise(String name) {
		String lower = name.toLowerCase(Locale.ROOT).replace(" kommune", "").replace("æ", "ae").replace("ø", "o").replace("å", "a");
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
