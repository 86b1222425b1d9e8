#include "backoffice/MemberAdjustPanel.h"

#include "backoffice/ProductTableModel.h"
#include "common/Dialogs.h"
#include "members/MembersModule.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace patron::ui {

MemberAdjustPanel::MemberAdjustPanel(MembersModule& members, Session actor, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent), m_members(members), m_actor(std::move(actor)), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("adjustPanel"));
    m_delta = new QSpinBox(this);
    m_delta->setObjectName(QStringLiteral("pointsDelta"));
    m_delta->setRange(-10000000, 10000000);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("pointsReason"));
    m_reason->setPlaceholderText(tr("Required: why the points change"));
    m_adjust = new QPushButton(tr("Adjust points"), this);
    m_adjust->setObjectName(QStringLiteral("adjustPoints"));
    auto* points = new QGroupBox(tr("Points"), this);
    auto* pointsForm = new QFormLayout(points);
    pointsForm->addRow(tr("Change (+/-)"), m_delta);
    pointsForm->addRow(tr("Reason"), m_reason);
    pointsForm->addRow(QString(), m_adjust);
    points->setEnabled(m_actor.can(perm::PointsAdjust));

    m_topUps = new QComboBox(this);
    m_topUps->setObjectName(QStringLiteral("topUps"));
    m_refund = new QPushButton(tr("Refund top-up…"), this);
    m_refund->setObjectName(QStringLiteral("refundTopUp"));
    auto* wallet = new QGroupBox(tr("Stored value"), this);
    auto* walletForm = new QFormLayout(wallet);
    walletForm->addRow(tr("Top-up"), m_topUps);
    walletForm->addRow(QString(), m_refund);
    wallet->setEnabled(m_actor.can(perm::WalletAdjust));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(points);
    layout->addWidget(wallet);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_adjust, &QPushButton::clicked, this, &MemberAdjustPanel::adjustPoints);
    connect(m_refund, &QPushButton::clicked, this, &MemberAdjustPanel::refundTopUp);
}

void MemberAdjustPanel::setMember(qint64 memberId)
{
    m_memberId = memberId;
    m_error->clear();
    loadTopUps();
}

void MemberAdjustPanel::loadTopUps()
{
    m_topUps->clear();
    auto entries = m_members.wallet().entries(m_memberId);
    if (!entries) {
        m_error->setText(entries.error().message);
        return;
    }
    for (const WalletEntry& e : *entries)
        if (e.kind == QLatin1String("topup"))
            m_topUps->addItem(tr("%1: %2 paid by %3")
                                  .arg(e.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                       ProductTableModel::formatMinor(e.cashMinor), e.tenderCode),
                              e.uuid.toString());
    m_refund->setEnabled(m_topUps->count() > 0);
}

bool MemberAdjustPanel::adjustPoints()
{
    // The ledger refuses an empty reason too; saying it here keeps the manager in the form.
    if (m_reason->text().trimmed().isEmpty()) {
        m_error->setText(tr("Give a reason for the points adjustment."));
        m_reason->setFocus();
        return false;
    }
    auto entry = m_members.points().adjust(m_actor, m_memberId, m_delta->value(), m_reason->text().trimmed());
    if (!entry) {
        m_error->setText(entry.error().message);
        return false;
    }
    m_error->clear();
    m_delta->setValue(0);
    m_reason->clear();
    emit changed();
    return true;
}

bool MemberAdjustPanel::refundTopUp()
{
    if (m_topUps->currentIndex() < 0)
        return false;
    const QString title = tr("Refund top-up");
    if (!m_dialogs.confirm(this, title,
                           tr("Refund the top-up %1? The principal is paid back and its unspent bonus removed.")
                               .arg(m_topUps->currentText())))
        return false;
    auto uuid = Uuid::fromString(m_topUps->currentData().toString());
    auto refund = m_members.wallet().refundTopUp(m_actor, uuid);
    if (!refund) {
        m_error->setText(refund.error().message);
        return false;
    }
    m_error->clear();
    m_dialogs.information(this, title, tr("Pay back %1 to the customer.").arg(ProductTableModel::formatMinor(refund->cashOutMinor)));
    loadTopUps();
    emit changed();
    return true;
}

} // namespace patron::ui
