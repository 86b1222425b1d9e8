#pragma once
// MemberSalesQuery: a member's sales and returns for the history tab, newest first, read from
// the sales table by member_id (its partial index). No QtGui: it could move to core/sales.

#include "common/Result.h"

#include <QList>
#include <QString>

namespace patron {
class Database;
}

namespace patron::ui {

struct MemberSaleRow {
    QString receiptNo;
    QString kind;  // sale, return
    QString createdAt;
    QString cashier;
    qint64 totalMinor = 0;
    qint64 discountMinor = 0;
};

class MemberSalesQuery {
public:
    explicit MemberSalesQuery(Database& db) : m_db(db) {}
    Result<QList<MemberSaleRow>> recent(qint64 memberId, int limit) const;

private:
    Database& m_db;
};

} // namespace patron::ui
