package no.avtalebenk.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import no.avtalebenk.formula.interpreter.EvaluationException;
import no.avtalebenk.formula.load.FormulaFileException;
import no.avtalebenk.model.io.AgreementFileException;
import no.avtalebenk.simulation.counts.CountFileException;

/**
 * Dispatches the CLI's commands. Exit codes: 0 success, 1 the input has errors (a formula, a count
 * file, a failed test), 2 the command line is wrong, 3 an unexpected internal error. Results go to
 * standard output, messages to standard error. docs/cli.md documents the commands and formats.
 */
public final class Commands {

	/** Success. */
	public static final int OK = 0;
	/** The input (formula, counts, model) has errors. */
	public static final int INPUT_ERROR = 1;
	/** The command line is wrong. */
	public static final int USAGE = 2;
	/** Something unexpected failed. */
	public static final int INTERNAL = 3;
	/** The question has no answer: goal seek cannot reach the target within the bounds or tolerance. */
	public static final int NO_SOLUTION = 4;

	private Commands() {
	}

	/**
	 * @param args the command and its options
	 * @param out  standard output
	 * @param err  standard error
	 * @return the exit code
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
			out.print(usage());
			return args.length == 0 ? USAGE : OK;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		try {
			return switch (args[0]) {
			case "simulate" -> SimulateCommand.run(rest, out, err);
			case "validate" -> ValidateCommand.run(rest, out, err);
			case "show" -> ShowCommand.run(rest, out, err);
			case "report" -> ReportCommand.run(rest, out, err);
			case "chart" -> ChartCommand.run(rest, out, err);
			case "explain" -> ExplainCommand.run(rest, out, err);
			case "test" -> TestCommand.run(rest, out, err);
			case "import" -> ImportCommand.run(rest, out, err);
			case "export" -> ExportCommand.run(rest, out, err);
			case "reference" -> ReferenceCommand.run(rest, out, err);
			case "projections" -> ProjectionsCommand.run(rest, out, err);
			case "compare" -> CompareCommand.run(rest, out, err);
			case "goal-seek" -> GoalSeekCommand.run(rest, out, err);
			case "sensitivity" -> SensitivityCommand.run(rest, out, err);
			case "montecarlo" -> MonteCarloCommand.run(rest, out, err);
			default -> {
				err.println("avtalebenk: unknown command '" + args[0] + "'. Run ./avtalebenk help.");
				yield USAGE;
			}
			};
		} catch (UsageException e) {
			err.println("avtalebenk " + args[0] + ": " + e.getMessage());
			return USAGE;
		} catch (FormulaFileException | EvaluationException | CountFileException | AgreementFileException e) {
			err.println("avtalebenk " + args[0] + ": " + e.getMessage());
			return INPUT_ERROR;
		} catch (Exception e) {
			err.println("avtalebenk " + args[0] + ": internal error: " + e);
			return INTERNAL;
		} catch (LinkageError e) {
			// Bundles from different builds: say so instead of failing without a word.
			err.println("avtalebenk " + args[0] + ": the installation is inconsistent (" + e
					+ "); rebuild it with AVTALEBENK_REBUILD=1 ./avtalebenk");
			return INTERNAL;
		}
	}

	static String usage() {
		return """
				Usage: ./avtalebenk [command] [options]

				Without a command (and with a display) the workbench opens on the bundled example.

				Commands:
				  simulate [--scenario NAME] [--model NAME] [--format table|csv|json]
				      Payments of the bundled KS-Kopinor 2026-2027 example per category and year.
				  compare [--scenarios A,B...] [--models A,B...] [--by category|unit|county|year]
				      Scenarios (or projection models) side by side, with differences.
				  goal-seek --target NOK [--year Y] [--solve rates|rate:NAME|param:NAME]
				      The value that makes a year's total hit a target, with the iterations.
				  sensitivity [--year Y] [--rates F] [--counts F] [--index F]
				      One input at a time: the data of a tornado chart.
				  montecarlo [--seed N] [--draws N] [--pupil-growth M,SD] [--arsverk-growth M,SD]
				      P10/P50/P90 per year and category under random growth of counts.
				  projections
				      The installed projection models (--model NAME).
				  validate FILE...
				      Checks agreement model files (.avtale); one line per problem with file,
				      element, severity and message.
				  show FILE [--format table|json]
				      Clauses, categories, reporting units, counts, scenarios and register of a model.
				  chart --kind bars|series|waterfall|tornado|fan|histogram|counties --out FILE.png|FILE.svg
				      One chart of the example's scenarios and analyses, without a display.
				  report --out FILE.html|FILE.pdf [--model FILE.avtale] [--unit UNIT]
				      The mediation briefing: positions side by side, totals and differences,
				      charts, the agreement clause by clause, assumptions and data sources, and
				      the explanation of one unit's payments.
				  explain --unit UNIT --year YEAR [--formula NAME] [--format table|json]
				      The values behind a payment: rates, counts, sources and clauses.
				  test [FILE.vederlag ...]
				      Runs the test blocks (default: the example's); ends with "N passed, N failed".
				  import --kind KIND FILE --into DATASET [options]
				      Reads a GSI, KOSTRA (SSB JSON-stat), DBH, PAI or CSV export into a data set
				      (.avtale), all or nothing; import --help lists the installed kinds.
				  export payments|counts [DATASET] --format csv|xlsx [--out FILE]
				      The example's payments or a data set's counts, with provenance.
				  reference [--format table|csv] [--write FILE]
				      The reference data set's national sums beside the published totals.
				  help
				      This text.

				Each analysis command takes --format table|csv|json and --help.
				Exit codes: 0 ok, 1 errors in the input, 2 wrong command line, 3 internal error,
				4 no solution (goal seek).
				""";
	}
}
