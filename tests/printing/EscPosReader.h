#pragma once
// A test-side ESC/POS reader: splits a byte stream into the commands Patron may send (unknown
// ones are reported, never skipped) and decodes text with glibc's iconv, independently of Qt.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace patron::test {

struct EscPosCommand {
    enum class Kind { Text, LineFeed, Control };
    Kind kind = Kind::Control;
    QByteArray bytes;  // the whole command (or text run)
};

struct PrintedLine {
    QByteArray raw;     // the text bytes as sent
    QString text;       // decoded
    bool doubleSize = false;
    bool bold = false;
    int align = 0;      // 0 left, 1 centre, 2 right
};

class EscPosReader {
public:
    // charset: an iconv name ("GB18030", "CP858", "CP437").
    EscPosReader(const QByteArray& stream, const char* charset);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QList<EscPosCommand>& commands() const { return m_commands; }
    const QList<PrintedLine>& lines() const { return m_lines; }
    QStringList texts() const;

    // Control commands starting with `prefix`.
    QList<QByteArray> find(const QByteArray& prefix) const;
    bool has(const QByteArray& prefix) const { return !find(prefix).isEmpty(); }
    // Text runs that contain a GB18030 four-byte sequence (lead byte then a digit byte).
    int fourByteSequences() const;

    static QString decode(const QByteArray& bytes, const char* charset);

private:
    qsizetype commandLength(qsizetype at) const;

    QByteArray m_stream;
    QList<EscPosCommand> m_commands;
    QList<PrintedLine> m_lines;
    QString m_error;
};

} // namespace patron::test
