package no.avtalebenk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import no.avtalebenk.data.reference.Calibration;
import no.avtalebenk.data.reference.ReferenceDataSet;
import no.avtalebenk.model.avtale.AgreementModel;
import no.avtalebenk.model.avtale.UnitKind;
import no.avtalebenk.model.io.AgreementFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reference [--format table|csv] [--write FILE]}: the reference data set's national sums per
 * category and year beside the published totals they are calibrated to; with {@code --write} the data
 * set itself as an .avtale file.
 */
@Command(name = "reference", description = "The reference data set's national sums beside the published totals.")
final class ReferenceCommand extends Subcommand {

	@Option(names = "--write", paramLabel = "FILE.avtale", description = "Also write the data set to this file.")
	private String write;

	@Mixin
	private FormatOption.TableCsv formatOption;

	@Override
	int run(PrintStream out, PrintStream err) throws UsageException, IOException {
		String format = formatOption.get();
		if (write != null) {
			Path folder = Path.of(write).toAbsolutePath().getParent();
			if (folder == null || !Files.isDirectory(folder)) {
				err.println(write + ": the folder " + folder + " does not exist");
				return Commands.INPUT_ERROR;
			}
		}
		AgreementModel model = ReferenceDataSet.build();
		Map<String, Map<Integer, BigDecimal>> sums = ReferenceDataSet.nationalSums(model);
		if (format.equals("csv")) {
			out.println("category;year;sum_of_units;calibrated_to;published;source;method");
		} else {
			out.println("Reference data set (all counts are estimates): " + count(model, UnitKind.MUNICIPALITY) + " municipalities, "
					+ count(model, UnitKind.COUNTY) + " counties, Longyearbyen, KS; " + model.getCounts().size() + " counts");
			out.println(String.format("%-20s%6s%14s%14s  %s", "category", "year", "sum of units", "calibrated to", "published figure (source)"));
		}
		for (Calibration calibration : ReferenceDataSet.calibrations()) {
			for (int year : ReferenceDataSet.YEARS) {
				BigDecimal sum = sums.getOrDefault(calibration.category(), Map.of()).getOrDefault(year, BigDecimal.ZERO);
				if (format.equals("csv")) {
					out.println(String.join(";", calibration.category(), Integer.toString(year), sum.toPlainString(),
							Long.toString(calibration.total()), Csv.field(calibration.published()),
							Csv.field(calibration.source()), Csv.field(calibration.method())));
				} else {
					out.println(String.format("%-20s%6d%14s%14s  %s (%s)", calibration.category(), year, CountFormat.norwegian(sum),
							CountFormat.norwegian(BigDecimal.valueOf(calibration.total())), calibration.published(), calibration.source()));
				}
			}
		}
		if (write != null) {
			byte[] bytes = AgreementFiles.toBytes(model);
			OutputFiles.write(Path.of(write), stream -> stream.write(bytes));
			err.println("avtalebenk reference: wrote the reference data set to " + write);
		}
		return Commands.OK;
	}

	private static long count(AgreementModel model, UnitKind kind) {
		return model.getUnits().stream().filter(u -> u.getKind() == kind).count();
	}
}
