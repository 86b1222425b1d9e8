#include "till/RecentReceipts.h"

#include "store/Database.h"

namespace patron::ui {

Result<QList<RecentReceipt>> recentReceipts(Database& db, int limit)
{
    return guarded([&] {
        QList<RecentReceipt> out;
        // id follows the order receipts were issued; created_at may repeat within a second.
        Statement q = db.prepare("SELECT receipt_no, created_at, kind, total_minor FROM sales ORDER BY id DESC LIMIT ?");
        q.bind(1, limit);
        while (q.step())
            out.append({q.text(0), q.text(1), q.text(2) == u"return", q.int64(3)});
        return out;
    });
}

Result<QList<RecentReceipt>> memberReceipts(Database& db, qint64 memberId, int limit)
{
    return guarded([&] {
        QList<RecentReceipt> out;
        Statement q = db.prepare(
            "SELECT receipt_no, created_at, kind, total_minor FROM sales WHERE member_id = ? ORDER BY id DESC LIMIT ?");
        q.bind(1, memberId);
        q.bind(2, limit);
        while (q.step())
            out.append({q.text(0), q.text(1), q.text(2) == u"return", q.int64(3)});
        return out;
    });
}

} // namespace patron::ui
