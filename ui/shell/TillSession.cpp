#include "shell/TillSession.h"

#include "catalog/Pinyin.h"
#include "sales/ReceiptBuilder.h"

namespace patron::ui {

TillSession::TillSession(std::unique_ptr<Store> store, std::shared_ptr<Clock> clock)
    : m_store(std::move(store)), m_clock(std::move(clock)), m_checkpoint(m_store->db()), m_audit(m_store->db(), *m_clock),
      m_outbox(m_store->db(), m_store->identity().storeCode, m_store->identity().tillCode, *m_clock),
      m_users(m_store->db(), m_audit, m_outbox, *m_clock),
      m_catalog(m_store->db(), m_audit, m_outbox, *m_clock),
      m_search(m_store->db(), m_catalog),
      m_quickKeys(m_store->db(), m_audit, m_catalog),
      m_prices(m_store->db(), m_catalog, m_audit, *m_clock),
      m_walletReservation(m_store->db(), *m_clock, m_audit, m_outbox, m_headOffice),
      m_members(m_store->db(), *m_clock, m_audit, m_outbox, m_store->identity().storeCode,
                [](const QString& s) { return pinyinInitials(s, 8); }, &m_walletReservation),
      m_loyalty(m_members, m_store->db(), *m_clock),
      m_sales{m_store->db(), *m_clock, m_audit, m_outbox, m_catalog, m_loyalty, m_store->identity(),
              m_store->receiptEpoch()},
      m_carts(m_sales), m_checkout(m_sales), m_shifts(m_sales), m_promotions(m_sales),
      m_returnAuthority(m_store->db(), *m_clock, m_outbox, m_store->identity(), m_headOffice),
      m_returns(m_sales, &m_returnAuthority)
{
}

void TillSession::headOfficeChanged()
{
    m_walletReservation.reload();
    m_returnAuthority.reload();
}

QString TillSession::storeDescription() const
{
    const auto& id = m_store->identity();
    return QStringLiteral("%1 \u00B7 %2 \u00B7 %3").arg(id.storeName, id.storeCode, id.tillCode);
}

} // namespace patron::ui

namespace patron::ui {

Result<ReceiptDocument> TillSession::receipt(const QString& receiptNo, bool copy)
{
    return buildSaleReceipt(m_store->db(), *m_clock, m_store->identity(), receiptNo, copy);
}

} // namespace patron::ui
