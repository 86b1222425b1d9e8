#include "backoffice/MemberHistoryView.h"

#include "backoffice/MemberSalesQuery.h"
#include "backoffice/ProductTableModel.h"
#include "members/MembersModule.h"

#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>

namespace patron::ui {

namespace {
QString when(const QDateTime& at) { return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(); }

void fill(QTableWidget* table, const QList<QStringList>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
}

template <typename T>
QList<T> newestFirst(QList<T> list)
{
    std::reverse(list.begin(), list.end());
    return list;
}
} // namespace

MemberHistoryView::MemberHistoryView(Database& db, MembersModule& members, QWidget* parent)
    : QTabWidget(parent), m_db(db), m_members(members)
{
    setObjectName(QStringLiteral("history"));
    m_sales = addTable("salesHistory", tr("Sales"), {tr("Receipt"), tr("Kind"), tr("Time"), tr("Cashier"), tr("Total"), tr("Discount")});
    m_points = addTable("pointsHistory", tr("Points"), {tr("Time"), tr("Kind"), tr("Points"), tr("Reason"), tr("By"), tr("Expires")});
    m_wallet = addTable("walletHistory", tr("Stored value"),
                        {tr("Time"), tr("Kind"), tr("Principal"), tr("Bonus"), tr("Cash"), tr("Tender"), tr("By")});
    m_coupons = addTable("couponHistory", tr("Coupons"), {tr("Coupon"), tr("Source"), tr("Status"), tr("Issued"), tr("Expires")});
    m_tiers = addTable("tierHistory", tr("Tier changes"), {tr("Time"), tr("From"), tr("To"), tr("Reason")});
}

QTableWidget* MemberHistoryView::addTable(const char* name, const QString& title, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), this);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    addTab(t, title);
    return t;
}

QString MemberHistoryView::load(qint64 memberId)
{
    QString error;
    auto note = [&error](const Error& e) {
        if (error.isEmpty())
            error = e.message;
    };
    const auto money = &ProductTableModel::formatMinor;

    QList<QStringList> rows;
    if (auto sales = MemberSalesQuery(m_db).recent(memberId, kMaxSales)) {
        for (const MemberSaleRow& s : *sales)
            rows << QStringList{s.receiptNo, s.kind == QLatin1String("return") ? tr("Return") : tr("Sale"), s.createdAt,
                                s.cashier, money(s.totalMinor), money(s.discountMinor)};
    } else {
        note(sales.error());
    }
    fill(m_sales, rows);

    rows.clear();
    if (auto entries = m_members.points().entries(memberId)) {
        for (const PointsEntry& e : newestFirst(*entries))
            rows << QStringList{when(e.createdAt), e.kind, QString::number(e.amount), e.reason, e.userName, when(e.expiresAt)};
    } else {
        note(entries.error());
    }
    fill(m_points, rows);

    rows.clear();
    if (auto entries = m_members.wallet().entries(memberId)) {
        for (const WalletEntry& e : newestFirst(*entries))
            rows << QStringList{when(e.createdAt), e.kind, money(e.principalMinor), money(e.bonusMinor), money(e.cashMinor),
                                e.tenderCode, e.userName};
    } else {
        note(entries.error());
    }
    fill(m_wallet, rows);

    rows.clear();
    if (auto coupons = m_members.coupons().coupons(memberId)) {
        for (const Coupon& c : newestFirst(*coupons))
            rows << QStringList{c.name, c.source, c.status, when(c.issuedAt), when(c.expiresAt)};
    } else {
        note(coupons.error());
    }
    fill(m_coupons, rows);

    rows.clear();
    if (auto changes = m_members.tiers().history(memberId)) {
        for (const TierChange& c : newestFirst(*changes))
            rows << QStringList{when(c.at), c.fromTier, c.toTier, c.reason};
    } else {
        note(changes.error());
    }
    fill(m_tiers, rows);
    return error;
}

} // namespace patron::ui
