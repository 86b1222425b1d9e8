#pragma once
// ColumnMeasure: how many character columns a piece of text takes on a given output, and the
// wrapping/padding built on it. Screens follow Unicode East Asian Width; a GB18030 printer prints
// every non-ASCII character in two columns (it sends two bytes for it, or a two-byte substitute);
// a single-byte code-page printer prints every character in one.

#include <QString>
#include <QStringList>

namespace patron {

class ColumnMeasure {
public:
    enum class Rule {
        EastAsianWidth,   // on-screen previews and plain text
        DoubleByteCjk,    // GB18030 printers: ASCII 1 column, anything else 2
        SingleByte,       // code-page printers: 1 column per character
    };

    explicit ColumnMeasure(Rule rule = Rule::EastAsianWidth) : m_rule(rule) {}
    Rule rule() const { return m_rule; }

    int width(char32_t codePoint) const;
    int width(const QString& text) const;

    // Splits text into lines of at most `columns`, at spaces where a word fits, else between
    // characters; never inside a character (a surrogate pair stays whole).
    QStringList wrap(const QString& text, int columns) const;
    // The longest prefix that fits in `columns`.
    QString truncate(const QString& text, int columns) const;
    QString padRight(const QString& text, int columns) const;  // left-aligned in `columns`
    QString padLeft(const QString& text, int columns) const;   // right-aligned in `columns`
    QString center(const QString& text, int columns) const;
    // `left` and `right` on one line of `columns`, or an empty string when they do not fit with
    // at least one space between them.
    QString spread(const QString& left, const QString& right, int columns) const;

    static bool isEastAsianWide(char32_t codePoint);

private:
    Rule m_rule;
};

} // namespace patron
