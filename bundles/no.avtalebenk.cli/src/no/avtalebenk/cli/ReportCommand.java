package no.avtalebenk.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import no.avtalebenk.cases.Case;
import no.avtalebenk.charts.NumberStyle;
import no.avtalebenk.report.Briefing;
import no.avtalebenk.report.BriefingInput;
import no.avtalebenk.report.BriefingInputs;
import no.avtalebenk.report.Briefings;
import no.avtalebenk.report.HtmlWriter;
import no.avtalebenk.report.PdfWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report --out FILE.html|FILE.pdf}: the mediation briefing. */
@Command(name = "report", description = "The mediation briefing: positions side by side, totals and differences, charts, "
		+ "the agreement clause by clause, assumptions and data sources, and the explanation of one unit's payments.")
final class ReportCommand extends Subcommand {

	@Option(names = "--out", paramLabel = "FILE.html|FILE.pdf", description = "The briefing to write (required).")
	private String target;

	@Option(names = "--unit", paramLabel = "UNIT", description = "The unit whose payments are explained (default: Oslo 0301 "
			+ "when it has payments, else the first unit).")
	private String unitOption;

	@Option(names = "--target", paramLabel = "NOK", description = "The goal seek's target for the first year (default: the "
			+ "agreed amount the agreement states for that year; without one the goal seek is left out).")
	private String goalOption;

	@Option(names = "--seed", paramLabel = "N", description = "Seed of the Monte Carlo draws (default: 1).")
	private String seedOption;

	@Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws (default: 2000).")
	private String drawsOption;

	@Mixin
	private CaseOptions.ModelFile caseOptions;

	@Override
	int run(PrintStream out, PrintStream err) throws Exception {
		if (target == null) {
			throw new UsageException("--out FILE.html or --out FILE.pdf is required");
		}
		String lower = target.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".html") && !lower.endsWith(".pdf")) {
			throw new UsageException("write the briefing to a .html or .pdf file");
		}
		long seed = Values.whole("--seed", seedOption, BriefingInputs.DEFAULT_SEED);
		int draws = Values.draws("--draws", drawsOption, BriefingInputs.DEFAULT_DRAWS);
		Case run = caseOptions.open();
		BigDecimal goal = goalOption != null ? Values.decimal("--target", goalOption, null) : null;
		BriefingInput input = BriefingInputs.of(run, goal, unitOption, seed, draws);
		Briefing briefing = Briefings.build(input, Briefings.allSections());
		OutputFiles.write(Path.of(target), stream -> {
			if (lower.endsWith(".html")) {
				stream.write(HtmlWriter.write(briefing, NumberStyle.NORWEGIAN).getBytes(StandardCharsets.UTF_8));
			} else {
				PdfWriter.write(briefing, NumberStyle.NORWEGIAN, stream);
			}
		});
		out.println("wrote " + target + " (" + briefing.sections().size() + " sections: "
				+ String.join("; ", briefing.sections()) + ")");
		return Commands.OK;
	}
}
