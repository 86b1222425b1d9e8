#include "members/MemberImport.h"

#include "common/Clock.h"
#include "common/Csv.h"
#include "members/MemberService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <QRegularExpression>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

namespace {

QString canonicalColumn(const QString& header)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("手机"), QStringLiteral("mobile")},     {QStringLiteral("手机号"), QStringLiteral("mobile")},
        {QStringLiteral("姓名"), QStringLiteral("name")},       {QStringLiteral("卡号"), QStringLiteral("card_no")},
        {QStringLiteral("性别"), QStringLiteral("gender")},     {QStringLiteral("生日"), QStringLiteral("birthday")},
        {QStringLiteral("邮箱"), QStringLiteral("email")},      {QStringLiteral("地区"), QStringLiteral("region")},
        {QStringLiteral("标签"), QStringLiteral("tags")},       {QStringLiteral("备注"), QStringLiteral("notes")},
        {QStringLiteral("入会日期"), QStringLiteral("joined_at")}};
    const QString h = header.trimmed();
    return aliases.value(h, h.toLower());
}

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const char* format : {"yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}
} // namespace

QStringList MemberImport::exportHeader()
{
    return {QStringLiteral("id"),     QStringLiteral("mobile"), QStringLiteral("name"),      QStringLiteral("card_no"),
            QStringLiteral("gender"), QStringLiteral("birthday"), QStringLiteral("email"),   QStringLiteral("region"),
            QStringLiteral("tags"),   QStringLiteral("notes"),  QStringLiteral("joined_at"), QStringLiteral("tier"),
            QStringLiteral("points"), QStringLiteral("wallet_principal_minor"), QStringLiteral("wallet_bonus_minor")};
}

Result<MemberImportReport> MemberImport::run(const Session& actor, const QByteArray& csv, bool skipBad,
                                             const MemberImportProgress& progress)
{
    if (!actor.can(perm::MemberEdit))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not import members.").arg(actor.userName));
    MemberImportReport report;
    auto parsed = readCsvFile(csv, &report.encoding);
    if (!parsed)
        return parsed.error();
    const QList<CsvRow>& records = *parsed;
    QHash<QString, int> column;
    for (int i = 0; i < records.first().fields.size(); ++i)
        column.insert(canonicalColumn(records.first().fields[i]), i);
    if (!column.contains(QStringLiteral("mobile")) || !column.contains(QStringLiteral("name")))
        return makeError(ErrorCode::InvalidInput,
                         MembersTr::tr("The first line must name the columns, with at least mobile and name."));
    return guarded([&]() -> Result<MemberImportReport> {
        Transaction tx(m_db);
        const int total = int(records.size() - 1);
        for (qsizetype r = 1; r < records.size(); ++r) {
            // Asked every 100 rows: often enough for a progress bar, rarely enough to cost nothing.
            if (progress && (r - 1) % 100 == 0 && !progress(int(r - 1), total)) {
                report.imported = 0;
                report.cancelled = true;
                return report;  // the transaction rolls back: a cancelled import writes nothing
            }
            const CsvRow& rec = records[r];
            auto get = [&](const char* name) -> std::optional<QString> {
                const int i = column.value(QString::fromLatin1(name), -1);
                if (i < 0 || i >= rec.fields.size() || rec.fields[i].trimmed().isEmpty())
                    return std::nullopt;
                return rec.fields[i].trimmed();
            };
            MemberFields f;
            f.mobile = get("mobile").value_or(QString());
            f.name = get("name").value_or(QString());
            f.cardNo = get("card_no");
            f.gender = get("gender");
            f.email = get("email");
            f.region = get("region");
            f.notes = get("notes");
            if (auto tags = get("tags"))
                f.tags = tags->split(QRegularExpression(QStringLiteral("[,;，；|]")), Qt::SkipEmptyParts);
            std::optional<QDateTime> joined;
            QString problem;
            if (auto b = get("birthday")) {
                f.birthday = parseDate(*b);
                if (!f.birthday->isValid())
                    problem = MembersTr::tr("\"%1\" is not a date (use 1990-07-01).").arg(*b);
            }
            if (auto j = get("joined_at")) {
                const QDate d = parseDate(*j);
                if (!d.isValid())
                    problem = MembersTr::tr("\"%1\" is not a date (use 2024-01-31).").arg(*j);
                else
                    joined = QDateTime(d, QTime(0, 0), m_clock.now().timeZone());
            }
            if (problem.isEmpty()) {
                auto added = m_members.registerInTransaction(actor.userName, f, joined);
                if (added)
                    ++report.imported;
                else
                    problem = added.message();
            }
            if (!problem.isEmpty())
                report.problems.append({rec.line, problem});
        }
        if (progress)
            progress(total, total);
        if (report.problems.isEmpty() || skipBad) {
            tx.commit();
            report.committed = true;
        } else {
            report.imported = 0;
        }
        return report;
    });
}

} // namespace patron
