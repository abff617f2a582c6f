package no.avtalebenk.report.assumptions;

/**
 * An open question of the agreement or its protocol, as the agreement file holds it.
 *
 * @param id      its short name, or empty
 * @param clause  the point it belongs to, e.g. {@code punkt 3, andre avsnitt}
 * @param text    the question
 * @param source  the text it is taken from, quoted
 * @param status  where the parties stand
 * @param related other points it bears on, or empty
 * @param where   the agreement file and the question's element path
 */
public record Question(String id, String clause, String text, String source, String status, String related,
		String where) {
}
