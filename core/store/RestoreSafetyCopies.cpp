#include "store/RestoreSafetyCopies.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace patron {

namespace {
const QString kInfix = QStringLiteral(".before-restore-");
}

RestoreSafetyCopies::RestoreSafetyCopies(QString dbPath, QString vaultPath)
    : m_dbPath(std::move(dbPath))
    , m_vaultPath(std::move(vaultPath))
{
}

QString RestoreSafetyCopies::dbCopyFor(const QString& stamp) const { return m_dbPath + kInfix + stamp; }
QString RestoreSafetyCopies::vaultCopyFor(const QString& stamp) const { return m_vaultPath + kInfix + stamp; }

QStringList RestoreSafetyCopies::stamps() const
{
    const QFileInfo db(m_dbPath);
    // Only names this class makes: a stray "patron.db.before-restore-notes.txt" is not a copy.
    static const QRegularExpression stamp(QStringLiteral("^\\d{8}-\\d{6}$"));
    QStringList out;
    const QStringList names = QDir(db.absolutePath()).entryList({db.fileName() + kInfix + QLatin1Char('*')}, QDir::Files);
    for (const QString& name : names) {
        const QString s = name.mid(db.fileName().size() + kInfix.size());
        if (stamp.match(s).hasMatch())
            out << s;
    }
    out.sort();
    return out;
}

QStringList RestoreSafetyCopies::keepNewest(const QString& current, int keep) const
{
    QStringList others = stamps();
    others.removeAll(current);
    QStringList removed;
    const int keepOthers = qMax(0, keep - 1);
    while (others.size() > keepOthers) {
        const QString s = others.takeFirst();
        for (const char* suffix : {"-wal", "-shm", ""})
            QFile::remove(dbCopyFor(s) + QString::fromLatin1(suffix));
        QFile::remove(vaultCopyFor(s));
        if (!QFileInfo::exists(dbCopyFor(s)))
            removed << s;
    }
    return removed;
}

} // namespace patron
