package no.avtalebenk.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.report.Briefing;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.Briefings;
import no.avtalebenk.report.HtmlWriter;
import no.avtalebenk.report.PdfWriter;
import no.avtalebenk.simulation.result.PaymentCell;
import no.avtalebenk.simulation.result.PaymentResult;

/** {@code report --out FILE.html|FILE.pdf}: the mediation briefing. */
final class ReportCommand {

	private ReportCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		String target = null;
		String modelFile = null;
		String unit = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--out" -> target = value(args, ++i, "--out");
			case "--model" -> modelFile = value(args, ++i, "--model");
			case "--unit" -> unit = value(args, ++i, "--unit");
			case "--help" -> {
				out.println("Usage: ./avtalebenk report --out FILE.html|FILE.pdf [--model FILE.avtale] [--unit UNIT]");
				return Commands.OK;
			}
			default -> throw new UsageException("unknown option '" + args[i] + "'");
			}
		}
		if (target == null) {
			throw new UsageException("--out FILE.html or --out FILE.pdf is required");
		}
		String lower = target.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".html") && !lower.endsWith(".pdf")) {
			throw new UsageException("write the briefing to a .html or .pdf file");
		}
		Project project = Project.load(modelFile);
		PaymentResult baseline = project.baseline();
		Map<String, PaymentResult> scenarios = new LinkedHashMap<>();
		scenarios.put(baseline.cells().isEmpty() ? "grunnlag" : baseline.cells().get(0).scenario(), baseline);
		String explained = unit != null ? unit : defaultUnit(baseline);
		BriefingInput input = new BriefingInput(project.model(), project.name(), project.formulas(), scenarios,
				Map.of(scenarios.keySet().iterator().next(), "grunnlag"), List.of(), explained);
		Briefing briefing = Briefings.build(input, Briefings.allSections());
		Path file = Path.of(target).toAbsolutePath();
		Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
		try {
			if (lower.endsWith(".html")) {
				Files.writeString(temp, HtmlWriter.write(briefing, NumberStyle.NORWEGIAN), StandardCharsets.UTF_8);
			} else {
				try (OutputStream stream = Files.newOutputStream(temp)) {
					PdfWriter.write(briefing, NumberStyle.NORWEGIAN, stream);
				}
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
		out.println("wrote " + target + " (" + briefing.sections().size() + " sections: "
				+ String.join(", ", briefing.sections()) + ")");
		return Commands.OK;
	}

	/** Oslo when the payments have it, else the first unit with payments. */
	private static String defaultUnit(PaymentResult baseline) {
		return baseline.cells().stream().map(PaymentCell::unit).filter("0301"::equals).findFirst()
				.orElse(baseline.cells().isEmpty() ? "0301" : baseline.cells().get(0).unit());
	}

	private static String value(String[] args, int i, String option) throws UsageException {
		if (i >= args.length) {
			throw new UsageException(option + " needs a value");
		}
		return args[i];
	}
}
