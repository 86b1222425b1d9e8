#include "backoffice/MemberCsvExport.h"

#include "common/Csv.h"
#include "members/MemberImport.h"
#include "members/MemberRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QIODevice>

namespace patron::ui {

struct MemberCsvExportTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::MemberCsvExport)
};

Result<qint64> MemberCsvExport::write(QIODevice& out, const Progress& progress) const
{
    // csvDocument starts with the BOM, so only the header goes through it; batches are lines.
    auto put = [&out](const QList<QStringList>& rows) {
        QByteArray bytes;
        for (const QStringList& r : rows)
            bytes += csvLine(r).toUtf8() + "\r\n";
        return out.write(bytes) >= 0;
    };
    if (out.write(csvDocument({MemberImport::exportHeader()})) < 0)
        return makeError(ErrorCode::IoError, MemberCsvExportTr::tr("Cannot write the export: %1").arg(out.errorString()));
    qint64 written = 0;
    qint64 afterId = 0;
    qint64 total = 0;
    if (progress) {
        auto counted = guarded([&] {
            return m_db.queryInt64("SELECT count(*) FROM members WHERE status = 'active' AND merged_into IS NULL").value_or(0);
        });
        if (!counted)
            return counted.error();
        total = *counted;
    }
    for (;;) {
        if (progress && !progress(written, total))
            return makeError(ErrorCode::Refused, MemberCsvExportTr::tr("The export was cancelled."));
        // Keyset paging: each batch starts after the last id, so batch 200 costs what batch 1 does.
        const QByteArray condition = "status = 'active' AND merged_into IS NULL AND id > " + QByteArray::number(afterId) + " ORDER BY id";
        auto batch = guarded([&] { return m_repository.where(condition.constData(), {}, kBatch); });
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            return written;
        QList<QStringList> rows;
        for (const Member& m : *batch)
            rows << QStringList{QString::number(m.id), m.mobile, m.name, m.cardNo, m.gender,
                                m.birthday.isValid() ? m.birthday.toString(Qt::ISODate) : QString(), m.email, m.region,
                                m.tags.join(u','), m.notes, m.joinedAt.date().toString(Qt::ISODate), m.tierCode,
                                QString::number(m.pointsBalance), QString::number(m.walletPrincipalMinor),
                                QString::number(m.walletBonusMinor)};
        if (!put(rows))
            return makeError(ErrorCode::IoError, MemberCsvExportTr::tr("Cannot write the export: %1").arg(out.errorString()));
        written += batch->size();
        afterId = batch->last().id;
    }
}

} // namespace patron::ui
