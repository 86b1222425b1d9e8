#pragma once
// The two checks every till screen passes: each string it shows has a zh_CN translation (a
// recording translator sees what the screen asks for), and no label or button text is wider
// than its widget.

#include <QSet>
#include <QStringList>
#include <QTranslator>

class QWidget;

namespace patron::test {

// Records every string the app's own contexts (patron::…) ask for and answers nothing, so the
// real translators behind it still answer. Install it last: the last installed is asked first.
class RecordingTranslator final : public QTranslator {
public:
    explicit RecordingTranslator(QObject* parent = nullptr) : QTranslator(parent) {}
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override;
    bool isEmpty() const override { return false; }
    // "context|source" of everything asked for so far.
    const QSet<QString>& seen() const { return m_seen; }

private:
    mutable QSet<QString> m_seen;
};

// The recorded strings the zh_CN catalogue has no translation for ("context|source", sorted).
// A translation equal to its source (PLU, F9) is a real one.
QStringList untranslatedInChinese(const QSet<QString>& seen);

// Visible labels (without word wrap), buttons and empty line edits' placeholders under `root`,
// `root` included, whose widest text line is wider than the widget's contents:
// "objectName "text" needed>room".
QStringList clippedTexts(QWidget* root);

} // namespace patron::test
