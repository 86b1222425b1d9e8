#include "TextChecks.h"

#include <QAbstractButton>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace patron::test {

QString RecordingTranslator::translate(const char* context, const char* source, const char*, int) const
{
    if (QByteArray(context).startsWith("patron::"))
        m_seen.insert(QStringLiteral("%1|%2").arg(QString::fromUtf8(context), QString::fromUtf8(source)));
    return {};
}

QStringList untranslatedInChinese(const QSet<QString>& seen)
{
    QTranslator zh;
    if (!zh.load(QStringLiteral(":/i18n/patron_zh_CN.qm")))
        return {QStringLiteral("(the zh_CN catalogue is not in the resources)")};
    QStringList missing;
    for (const QString& key : seen) {
        const QByteArray context = key.section(u'|', 0, 0).toUtf8();
        const QByteArray source = key.section(u'|', 1).toUtf8();
        // Plural forms are looked up with a count; either answer means the catalogue has it.
        if (zh.translate(context.constData(), source.constData()).isEmpty()
            && zh.translate(context.constData(), source.constData(), nullptr, 1).isEmpty())
            missing << key;
    }
    missing.sort();
    return missing;
}

QStringList clippedTexts(QWidget* root)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    QStringList clipped;
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto* l = qobject_cast<QLabel*>(w); l && !l->wordWrap() && l->textFormat() != Qt::RichText)
            text = l->text();
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            text = b->text();
        else if (auto* e = qobject_cast<QLineEdit*>(w); e && e->text().isEmpty())
            text = e->placeholderText();  // the hint a cashier reads in an empty field
        if (text.isEmpty())
            continue;
        const QFontMetrics fm(w->font());
        int widest = 0;
        for (const QString& line : text.split(u'\n'))
            widest = std::max(widest, fm.horizontalAdvance(QString(line).remove(u'&')));
        // A button draws its text inside the style's margins; a line edit inside its frame.
        int margin = 0;
        if (qobject_cast<QAbstractButton*>(w))
            margin = 12;
        else if (qobject_cast<QLineEdit*>(w))
            margin = 8;
        const int room = w->contentsRect().width() - margin;
        if (widest > room)
            clipped << QStringLiteral("%1 \"%2\" %3>%4").arg(w->objectName(), text).arg(widest).arg(room);
    }
    return clipped;
}

} // namespace patron::test
