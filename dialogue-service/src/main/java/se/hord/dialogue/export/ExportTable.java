package se.hord.dialogue.export;

import java.util.List;

/**
 * One part of a dialogue's export: a sheet name, column headings and rows of cells (text, whole
 * numbers, dates, or "&lt;5" for a suppressed count).
 */
record ExportTable(String part, String sheet, List<String> headings, List<List<Object>> rows) {}
