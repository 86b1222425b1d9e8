#include "till/PaymentDialog.h"

#include "sales/receipt/ReceiptTextRenderer.h"
#include "shell/TillSession.h"
#include "till/ScanKeyFilter.h"
#include "till/TillFormat.h"
#include "till/TillPrinter.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

namespace {
// The next round note above `due`: 37.50 -> 40 / 50 / 100.
qint64 nextNote(qint64 dueMinor, qint64 noteMinor) { return (dueMinor / noteMinor + 1) * noteMinor; }
} // namespace

PaymentDialog::PaymentDialog(TillSession& session, TillPrinter& printer, const ScanRouter& router, const Cart& cart,
                             const Quote& quote, std::optional<MemberSummary> member, QWidget* parent)
    : QDialog(parent), m_session(session), m_printer(printer), m_router(router), m_cart(cart), m_quote(quote),
      m_member(std::move(member))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    setMinimumSize(900, 620);
    auto* outer = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    outer->addLayout(left, 3);

    m_due = new QLabel(tr("Due %1").arg(yuan(dueMinor())), this);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setStyleSheet(QStringLiteral("font-size: 24pt; font-weight: bold;"));
    left->addWidget(m_due);

    auto* cashRow = new QHBoxLayout;
    const qint64 due = dueMinor();
    QList<std::pair<QString, qint64>> quick{{tr("Exact"), due}};
    for (qint64 note : {1000, 5000, 10000})
        if (nextNote(due, note) != quick.last().second)
            quick.append({yuan(nextNote(due, note)), nextNote(due, note)});
    for (int i = 0; i < quick.size(); ++i) {
        auto* b = new QPushButton(quick[i].first, this);
        b->setObjectName(QStringLiteral("quickCash%1").arg(i));
        b->setMinimumHeight(52);
        const qint64 amount = quick[i].second;
        connect(b, &QPushButton::clicked, this, [this, amount] { addCash(amount); });
        cashRow->addWidget(b);
    }
    left->addLayout(cashRow);

    auto* entry = new QGridLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("Amount (points for Points)"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("Reference: scan the customer's payment code"));
    entry->addWidget(m_amount, 0, 0, 1, 3);
    entry->addWidget(m_reference, 1, 0, 1, 3);
    const QList<TenderKind> kinds{TenderKind::Cash,   TenderKind::Card,   TenderKind::WeChat,
                                  TenderKind::Alipay, TenderKind::Wallet, TenderKind::Points};
    for (int i = 0; i < kinds.size(); ++i) {
        const TenderKind kind = kinds[i];
        auto* b = new QPushButton(tenderDisplayName(kind), this);
        b->setObjectName(QStringLiteral("tender_") + tenderCode(kind));
        b->setMinimumHeight(52);
        const bool memberOnly = kind == TenderKind::Wallet || kind == TenderKind::Points;
        b->setEnabled(!memberOnly || m_member.has_value());
        connect(b, &QPushButton::clicked, this, [this, kind] { addTender(kind); });
        entry->addWidget(b, 2 + i / 3, i % 3);
    }
    left->addLayout(entry);
    if (m_member) {
        auto* balances = new QLabel(tr("Member balances: stored value %1 · points %2")
                                        .arg(yuan(m_member->walletMinor))
                                        .arg(m_member->points),
                                    this);
        balances->setObjectName(QStringLiteral("balances"));
        balances->setWordWrap(true);
        left->addWidget(balances);
    }
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tenders"));
    left->addWidget(m_list, 1);
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("remaining"));
    m_remaining->setStyleSheet(QStringLiteral("font-size: 16pt;"));
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setStyleSheet(QStringLiteral("font-size: 28pt; font-weight: bold; color: #2e7d32;"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("pointsHint"));
    m_hint->setProperty("role", QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    left->addWidget(m_remaining);
    left->addWidget(m_change);
    left->addWidget(m_hint);
    left->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    auto* clear = new QPushButton(tr("Clear tenders"), this);
    clear->setObjectName(QStringLiteral("clearTenders"));
    m_finish = new QPushButton(tr("Finish (Enter)"), this);
    m_finish->setObjectName(QStringLiteral("finish"));
    m_finish->setProperty("accent", true);
    m_finish->setMinimumHeight(56);
    buttons->addWidget(clear);
    buttons->addWidget(m_finish, 1);
    left->addLayout(buttons);

    auto* right = new QVBoxLayout;
    outer->addLayout(right, 2);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("receiptPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFont(QStringLiteral("Noto Sans Mono CJK SC"), 10));
    m_preview->setPlaceholderText(tr("The receipt appears here after payment."));
    // Wide enough for a 42-column receipt (Chinese glyphs take two columns).
    m_preview->setMinimumWidth(QFontMetrics(m_preview->font()).horizontalAdvance(QString(44, u'0')));
    right->addWidget(m_preview, 1);
    m_reprint = new QPushButton(tr("Reprint"), this);
    m_reprint->setObjectName(QStringLiteral("reprint"));
    m_reprint->setVisible(false);
    right->addWidget(m_reprint);

    connect(clear, &QPushButton::clicked, this, [this] {
        if (m_sale)
            return;
        m_tenders.clear();
        m_pointsValues.clear();
        refresh();
    });
    connect(m_finish, &QPushButton::clicked, this, &PaymentDialog::finish);
    connect(m_reprint, &QPushButton::clicked, this, &PaymentDialog::printReceipt);
    connect(&m_printer, &TillPrinter::printed, this, [this](bool ok, const QString& message) {
        m_reprint->setVisible(!ok);
        if (!ok)
            m_error->setText(tr("The sale is complete, but the receipt did not print: %1").arg(message));
    });
    m_amount->installEventFilter(this);
    m_scan = new ScanKeyFilter(this, m_reference, ScanSettings{}, this);
    connect(m_scan, &ScanKeyFilter::scanned, this, &PaymentDialog::onScanned);
    connect(m_scan, &ScanKeyFilter::typed, this, [this] { addTender(TenderKind::WeChat); });
    refresh();
    m_amount->setFocus();
}

qint64 PaymentDialog::tenderValue(const TenderInput& t) const
{
    if (t.kind == TenderKind::Points)
        return m_pointsValues.value(int(&t - m_tenders.constData()));
    return t.amountMinor;
}

qint64 PaymentDialog::remainingMinor() const
{
    qint64 paid = 0;
    for (const TenderInput& t : m_tenders)
        paid += tenderValue(t);
    return std::max<qint64>(0, dueMinor() - paid);
}

qint64 PaymentDialog::changeMinor() const
{
    qint64 nonCash = 0, cash = 0;
    for (const TenderInput& t : m_tenders)
        (t.kind == TenderKind::Cash ? cash : nonCash) += tenderValue(t);
    return std::max<qint64>(0, cash - std::max<qint64>(0, dueMinor() - nonCash));
}

void PaymentDialog::addCash(qint64 amountMinor)
{
    if (m_sale || amountMinor <= 0)
        return;
    m_tenders.append(TenderInput{TenderKind::Cash, amountMinor, 0, {}});
    m_pointsValues.append(0);
    refresh();
}

void PaymentDialog::addTender(TenderKind kind)
{
    if (m_sale)
        return;
    m_error->clear();
    TenderInput t;
    t.kind = kind;
    const QString typed = m_amount->text().trimmed();
    qint64 pointsValue = 0;
    if (kind == TenderKind::Points) {
        bool ok = false;
        t.points = normalizeDigits(typed).toLongLong(&ok);
        if (!ok || t.points <= 0) {
            m_error->setText(tr("Type how many points to redeem."));
            return;
        }
        auto value = m_session.sales().loyalty.pointsValue(m_quote.member->memberId, t.points, dueMinor());
        if (!value) {
            m_error->setText(value.message());
            return;
        }
        pointsValue = *value;
        t.amountMinor = pointsValue;
    } else {
        const auto amount = typed.isEmpty() ? std::optional<qint64>(remainingMinor()) : parseYuan(typed);
        if (!amount || *amount <= 0) {
            m_error->setText(tr("Type an amount such as 12.50."));
            return;
        }
        if (kind != TenderKind::Cash && *amount > remainingMinor()) {
            m_error->setText(tr("Only cash can be more than what is left to pay (%1).").arg(yuan(remainingMinor())));
            return;
        }
        if (kind == TenderKind::Wallet && m_member && *amount > m_member->walletMinor) {
            m_error->setText(tr("The stored value balance is %1.").arg(yuan(m_member->walletMinor)));
            return;
        }
        t.amountMinor = *amount;
    }
    if (isExternalTender(kind))
        t.reference = m_reference->text().trimmed();
    m_tenders.append(t);
    m_pointsValues.append(pointsValue);
    m_amount->clear();
    m_reference->clear();
    if (m_preselected == kind) {
        m_preselected.reset();
        m_hint->hide();
    }
    refresh();
}

void PaymentDialog::preselectPoints()
{
    if (m_sale)
        return;
    m_error->clear();
    if (!m_member || !m_quote.member) {
        m_error->setText(m_memberKey.isEmpty()
                             ? tr("Points need a member: attach one first.")
                             : tr("Points need a member: attach one first (%1).").arg(m_memberKey));
        return;
    }
    auto quote = m_session.members().points().quoteRedemption(m_quote.member->memberId, dueMinor());
    if (!quote) {
        m_error->setText(quote.message());
        return;
    }
    // The rules cap the points against the whole order; what other tenders already cover is
    // taken off too, in whole steps (a step is the fewest points worth a whole fen).
    const qint64 byRemaining = remainingMinor() / quote->stepMinor * quote->stepPoints;
    const qint64 points = std::min(quote->maxPoints, byRemaining);
    if (points <= 0 || points < quote->minPoints) {
        m_error->setText(tr("Points cannot pay this order: the member has %1 usable points, at least %2 are needed.")
                             .arg(quote->availablePoints)
                             .arg(quote->minPoints));
        return;
    }
    m_preselected = TenderKind::Points;
    m_amount->setText(QString::number(points));
    m_amount->selectAll();
    m_amount->setFocus();
    m_hint->setText(tr("Points: up to %1 (%2) for this order. Change the number if the member wants fewer; Enter adds them.")
                        .arg(points)
                        .arg(yuan(points / quote->stepPoints * quote->stepMinor)));
    m_hint->show();
    if (auto* button = findChild<QPushButton*>(QStringLiteral("tender_") + tenderCode(TenderKind::Points)))
        button->setDefault(true);
}

bool PaymentDialog::eventFilter(QObject* watched, QEvent* event)
{
    // With a tender chosen (F10), Enter in the amount field adds it; nothing else sees that Enter.
    if (watched == m_amount && event->type() == QEvent::KeyPress && m_preselected) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTender(*m_preselected);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PaymentDialog::onScanned(const QString& code)
{
    const ScanTarget target = m_router.route(code, ScanContext::Payment);
    if (const auto* pay = std::get_if<PaymentCode>(&target)) {
        // Only the masked form is kept: the full code is a bearer token for the customer's wallet.
        m_reference->setText(pay->masked);
        addTender(pay->provider == PaymentProvider::WeChat ? TenderKind::WeChat : TenderKind::Alipay);
        return;
    }
    m_error->setText(tr("That is not a WeChat or Alipay payment code."));
}

void PaymentDialog::refresh()
{
    m_list->clear();
    for (const TenderInput& t : m_tenders) {
        QString text = QStringLiteral("%1  %2").arg(tenderDisplayName(t.kind), yuan(tenderValue(t)));
        if (t.kind == TenderKind::Points)
            text += tr("  (%1 points)").arg(t.points);
        if (!t.reference.isEmpty())
            text += QStringLiteral("  ") + t.reference;
        m_list->addItem(text);
    }
    m_remaining->setText(tr("Left to pay %1").arg(yuan(remainingMinor())));
    m_change->setText(tr("Change %1").arg(yuan(changeMinor())));
    m_finish->setEnabled(!m_sale && !m_paying && remainingMinor() == 0 && !m_tenders.isEmpty());
}

void PaymentDialog::finish()
{
    // One press, one charge: the button is off while paying and after, and the checkout itself
    // returns the first sale for a cart already paid.
    if (m_sale || m_paying || remainingMinor() > 0)
        return;
    m_paying = true;
    m_finish->setEnabled(false);
    // A copy: a stored-value hold may wait for head office, and the session's user must not be
    // what the checkout reads.
    const Session cashier = *m_session.user();
    auto sale = m_session.checkout().pay(cashier, m_cart.uuid, m_tenders);
    m_paying = false;
    if (!sale) {
        m_error->setText(sale.message());
        refresh();
        return;
    }
    m_sale = *sale;
    m_error->clear();
    m_change->setText(tr("Change %1").arg(yuan(m_sale->changeMinor)));
    m_preview->setPlainText(receiptText());
    refresh();
    m_finish->setText(tr("Paid"));
    printReceipt();
    emit paid(*m_sale);
}

QString PaymentDialog::receiptText() const
{
    if (!m_sale)
        return {};
    auto doc = m_session.receipt(m_sale->receiptNo, false);
    return doc ? ReceiptTextRenderer::renderText(*doc, 42) : doc.message();
}

void PaymentDialog::printReceipt()
{
    if (!m_sale)
        return;
    // The receipt is read back from the stored sale, so the paper shows exactly what was kept.
    auto doc = m_session.receipt(m_sale->receiptNo, false);
    if (!doc) {
        m_error->setText(doc.message());
        return;
    }
    // A retry after a printer failure is still the customer's first receipt, not a copy; the
    // drawer opens for cash on the first attempt only.
    const bool retry = m_reprint->isVisible();
    m_reprint->setVisible(false);
    m_printer.print(*doc, m_sale->cashPaid && !retry);
}

} // namespace patron::ui
