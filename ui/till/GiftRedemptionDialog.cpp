#include "till/GiftRedemptionDialog.h"

#include "members/MembersModule.h"
#include "sales/ReceiptBuilder.h"
#include "shell/TillSession.h"
#include "till/TillFormat.h"
#include "till/TillPrinter.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole;
constexpr int kPointsRole = Qt::UserRole + 1;
} // namespace

GiftRedemptionDialog::GiftRedemptionDialog(TillSession& session, TillPrinter& printer, qint64 memberId, QWidget* parent)
    : QDialog(parent), m_session(session), m_printer(printer), m_memberId(memberId)
{
    setObjectName(QStringLiteral("giftRedemptionDialog"));
    setWindowTitle(tr("Redeem points for a gift"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    m_balanceLabel = new QLabel(this);
    m_balanceLabel->setObjectName(QStringLiteral("giftMember"));
    m_balanceLabel->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14pt;"));
    m_balanceLabel->setWordWrap(true);
    layout->addWidget(m_balanceLabel);
    m_gifts = new QListWidget(this);
    m_gifts->setObjectName(QStringLiteral("gifts"));
    m_gifts->setMinimumHeight(220);
    layout->addWidget(m_gifts, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("giftMessage"));
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_confirm = new QPushButton(tr("Redeem (Enter)"), this);
    m_confirm->setObjectName(QStringLiteral("confirmGift"));
    m_confirm->setProperty("accent", true);
    m_confirm->setMinimumHeight(52);
    m_confirm->setAutoDefault(false);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, &GiftRedemptionDialog::confirm);
    connect(m_gifts, &QListWidget::currentRowChanged, this, &GiftRedemptionDialog::disarm);
    loadGifts();
    m_gifts->setFocus();
}

QString GiftRedemptionDialog::message() const { return m_message->text(); }

void GiftRedemptionDialog::loadGifts()
{
    MembersModule& mm = m_session.members();
    auto member = mm.members().byId(m_memberId);
    if (!member) {
        m_message->setText(member.message());
        m_confirm->setEnabled(false);
        return;
    }
    m_balance = member->pointsBalance;
    m_balanceLabel->setText(tr("%1  %2 · %3 points").arg(member->name, maskedMobile(member->mobile)).arg(m_balance));
    m_gifts->clear();
    int firstAffordable = -1;
    for (const GiftRule& g : mm.rules().current().gifts) {
        const qint64 stock = mm.points().giftStock(g.code);
        QString text = tr("%1 · %2 points · %3 in stock").arg(g.name).arg(g.points).arg(stock);
        const bool affordable = g.points <= m_balance;
        if (!affordable)
            text += tr(" · needs %1 more").arg(g.points - m_balance);
        auto* item = new QListWidgetItem(text, m_gifts);
        item->setData(kCodeRole, g.code);
        item->setData(kPointsRole, g.points);
        // A gift the member cannot have is shown (so the cashier can say how far off it is) but
        // cannot be picked.
        if (!affordable || stock <= 0)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        else if (firstAffordable < 0)
            firstAffordable = m_gifts->count() - 1;
    }
    if (m_gifts->count() == 0)
        m_message->setText(tr("The loyalty rules list no gifts."));
    else if (firstAffordable < 0)
        m_message->setText(tr("%1 points are not enough for any gift in stock.").arg(m_balance));
    else
        m_gifts->setCurrentRow(firstAffordable);
    m_confirm->setEnabled(firstAffordable >= 0);
}

void GiftRedemptionDialog::disarm()
{
    m_armedCode.clear();
    m_confirm->setText(tr("Redeem (Enter)"));
}

void GiftRedemptionDialog::confirm()
{
    const QListWidgetItem* item = m_gifts->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        if (m_message->text().isEmpty())
            m_message->setText(tr("Pick a gift the member has enough points for."));
        return;
    }
    const QString code = item->data(kCodeRole).toString();
    if (m_armedCode != code) {
        m_armedCode = code;
        const GiftRule* gift = m_session.members().rules().current().gift(code);
        m_message->setText(tr("Give %1 for %2 points? Press Enter again to confirm, Esc to cancel.")
                               .arg(gift ? gift->name : code)
                               .arg(item->data(kPointsRole).toLongLong()));
        m_confirm->setText(tr("Confirm (Enter)"));
        return;
    }
    redeem(code);
}

void GiftRedemptionDialog::redeem(const QString& giftCode)
{
    auto entry = m_session.members().points().redeemGift(*m_session.user(), m_memberId, giftCode);
    if (!entry) {
        // Refused (balance spent elsewhere, stock gone): nothing was written; show the list anew.
        const QString why = entry.message();
        disarm();
        loadGifts();
        m_message->setText(why);
        return;
    }
    const GiftRule* gift = m_session.members().rules().current().gift(giftCode);
    const QString name = gift ? gift->name : giftCode;
    const qint64 points = -entry->amount;
    printSlip(entry->id, name, points);
    emit redeemed(tr("%1 given for %2 points.").arg(name).arg(points));
    accept();
}

void GiftRedemptionDialog::printSlip(qint64 ledgerEntryId, const QString& giftName, qint64 points)
{
    auto member = m_session.members().members().byId(m_memberId);
    if (!member)
        return;  // the redemption stands; the slip is a courtesy
    GiftRedemptionFacts facts;
    facts.cashier = m_session.user()->userName;
    facts.at = m_session.clock().now();
    facts.maskedMobile = maskMobile(member->mobile);
    if (const TierRule* tier = m_session.members().rules().current().tier(member->tierCode))
        facts.tier = tier->name;
    facts.giftName = giftName;
    facts.pointsUsed = points;
    facts.pointsBalance = member->pointsBalance;
    facts.ledgerEntryId = ledgerEntryId;
    m_printer.print(buildGiftRedemptionReceipt(m_session.store().db(), m_session.clock(), m_session.store().identity(), facts),
                    false);
}

void GiftRedemptionDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter confirms from anywhere in the dialog. The list passes Enter on after its own
    // "activated" (which is therefore not connected: one Enter must be one step).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        confirm();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace patron::ui
