#include "till/TopUpDialog.h"

#include "sales/Tender.h"
#include "members/MembersModule.h"
#include "sales/ReceiptBuilder.h"
#include "sales/receipt/ReceiptDocument.h"
#include "shell/TillSession.h"
#include "till/TillPrinter.h"
#include "till/TillFormat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

TopUpDialog::TopUpDialog(TillSession& session, TillPrinter& printer, qint64 memberId, const QString& memberText, QWidget* parent)
    : QDialog(parent), m_session(session), m_printer(printer), m_memberId(memberId)
{
    setObjectName(QStringLiteral("topUpDialog"));
    setWindowTitle(tr("Top up stored value"));
    auto* layout = new QVBoxLayout(this);
    auto* who = new QLabel(memberText, this);
    who->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(who);
    QStringList bonuses;
    for (const TopUpBonusRule& r : m_session.members().rules().current().wallet.topUpBonus) {
        QString text = tr("Top up %1, get %2 free").arg(yuan(r.thresholdMinor), yuan(r.bonusMinor));
        if (r.bonusPoints > 0)
            text += tr(" + %1 points").arg(r.bonusPoints);
        bonuses << text;
    }
    auto* rules = new QLabel(bonuses.isEmpty() ? tr("No top-up bonus at the moment.") : bonuses.join(u'\n'), this);
    rules->setObjectName(QStringLiteral("bonusRules"));
    rules->setStyleSheet(QStringLiteral("color: #c62828; font-size: 14pt;"));
    rules->setWordWrap(true);
    layout->addWidget(rules);
    auto* form = new QFormLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("topUpAmount"));
    m_tender = new QComboBox(this);
    m_tender->setObjectName(QStringLiteral("topUpTender"));
    for (TenderKind k : {TenderKind::Cash, TenderKind::WeChat, TenderKind::Alipay, TenderKind::Card})
        m_tender->addItem(tenderDisplayName(k), tenderCode(k));
    form->addRow(tr("Amount"), m_amount);
    form->addRow(tr("Paid by"), m_tender);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* ok = new QPushButton(tr("Top up"), this);
    ok->setObjectName(QStringLiteral("confirmTopUp"));
    ok->setProperty("accent", true);
    ok->setMinimumHeight(52);
    layout->addWidget(ok);
    connect(ok, &QPushButton::clicked, this, &TopUpDialog::confirm);
    connect(m_amount, &QLineEdit::returnPressed, this, &TopUpDialog::confirm);
    m_amount->setFocus();
}

void TopUpDialog::confirm()
{
    const auto amount = parseYuan(m_amount->text());
    if (!amount || *amount <= 0) {
        m_message->setText(tr("Type an amount such as 100."));
        return;
    }
    auto done = m_session.members().wallet().topUp(*m_session.user(), m_memberId, *amount,
                                                   m_tender->currentData().toString(), QString());
    if (!done) {
        m_message->setText(done.message());
        return;
    }
    // The slip: what was paid in, the bonus, and the balance now. Printed off the UI thread;
    // a printer problem shows on the till and changes nothing (the top-up is committed).
    if (auto member = m_session.members().members().byId(m_memberId)) {
        TopUpFacts facts;
        facts.cashier = m_session.user()->userName;
        facts.at = m_session.clock().now();
        facts.maskedMobile = maskMobile(member->mobile);
        if (const TierRule* tier = m_session.members().rules().current().tier(member->tierCode))
            facts.tier = tier->name;
        facts.paidMinor = done->entry.principalMinor;
        facts.bonusMinor = done->entry.bonusMinor;
        facts.bonusPoints = done->bonusPoints;
        facts.balanceMinor = member->walletBalanceMinor();
        facts.pointsBalance = member->pointsBalance;
        const auto kind = tenderFromCode(done->entry.tenderCode);
        facts.tenderName = kind ? tenderDisplayName(*kind) : done->entry.tenderCode;
        m_printer.print(buildTopUpReceipt(m_session.store().db(), m_session.clock(), m_session.store().identity(), facts),
                        kind == TenderKind::Cash);
    }
    emit toppedUp();
    accept();
}

} // namespace patron::ui
