#include "backoffice/MemberSalesQuery.h"

#include "store/Database.h"

namespace patron::ui {

Result<QList<MemberSaleRow>> MemberSalesQuery::recent(qint64 memberId, int limit) const
{
    return guarded([&] {
        Statement s = m_db.prepare("SELECT receipt_no, kind, created_at, cashier, total_minor, discount_minor FROM sales "
                                   "WHERE member_id = ? ORDER BY id DESC LIMIT ?");
        s.bindAll(memberId, qint64(limit));
        QList<MemberSaleRow> out;
        while (s.step())
            out.append({s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.int64(5)});
        return out;
    });
}

} // namespace patron::ui
