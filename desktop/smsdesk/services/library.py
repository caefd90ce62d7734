"""The content library: phrases (SET-3), signatures (SET-5), templates (SET-4, TPL-1) and sensitive words (SET-1).

Blacklists are in services/blacklist.py. Every write goes through a database function that checks the
caller and audits the change; the checks here only give earlier, clearer messages.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import text
from sqlalchemy.orm import Session

from smsdesk.domain import text as sms_text
from smsdesk.domain.kinds import KINDS
from smsdesk.domain.templates import MissingVariables, Template, TemplateError
from smsdesk.domain.words import SensitiveWords
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_library import (
    LibraryRepository,
    PhraseGroupRow,
    PhraseRow,
    Rights,
    SignatureRow,
    Stored,
    TemplateRow,
    WordRow,
)

__all__ = [
    "PhraseGroupRow",
    "PhraseRow",
    "Rights",
    "SignatureRow",
    "Stored",
    "TemplateRow",
    "WordRow",
]

STATUSES = ("pending", "approved", "rejected")
PHRASE_MAX = 500
PHRASE_GROUP_MAX = 50
TEMPLATE_NAME_MAX = 100
TEMPLATE_MAX = 1000
WORD_MAX = 50
IMPORT_CHUNK = 100_000
# First cells of a word list that name the column rather than being a word.
_WORD_SEPARATORS = re.compile("[,，、;；]")
WORD_HEADERS = frozenset({"word", "words", "sensitive word", "sensitive words", "敏感词", "敏感字", "关键词", "词语"})


class JobLike(Protocol):
    """What long service functions report to: the console's Job, or QuietJob on the command line."""

    def progress(self, done: int, total: int, text: str = "", *, force: bool = False) -> None: ...

    def check(self) -> None: ...


class QuietJob:
    """A job nobody watches: no progress, never cancelled."""

    def progress(self, done: int, total: int, text: str = "", *, force: bool = False) -> None:
        pass

    def check(self) -> None:
        pass


def _repo(session: Session) -> LibraryRepository:
    return LibraryRepository(session)


def rights(session: Session) -> Rights:
    return _repo(session).rights()


# ------------------------------------------------------------------------------------------------ phrases


@dataclass(frozen=True)
class PhraseBook:
    """Phrase groups the caller sees (public first) and their phrases."""

    groups: list[PhraseGroupRow]
    phrases: list[PhraseRow]

    def in_group(self, group_id: int) -> list[PhraseRow]:
        return [p for p in self.phrases if p.phrase_group_id == group_id]


def phrase_book(session: Session, text_filter: str = "") -> PhraseBook:
    repo = _repo(session)
    return PhraseBook(repo.phrase_groups(), repo.phrases(text_filter.strip()))


def _phrase_group_name(name: str) -> str:
    clean = (name or "").strip()
    if not clean:
        raise ServiceError("phrase_group_empty", "a phrase group needs a name")
    if len(clean) > PHRASE_GROUP_MAX:
        raise ServiceError("phrase_group_too_long", f"a phrase group name has at most {PHRASE_GROUP_MAX} characters")
    return clean


def _phrase_content(content: str) -> str:
    clean = (content or "").strip()
    if not clean:
        raise ServiceError("phrase_empty", "a phrase cannot be empty")
    if len(clean) > PHRASE_MAX:
        raise ServiceError("phrase_too_long", f"a phrase has at most {PHRASE_MAX} characters")
    return clean


def create_phrase_group(session: Session, name: str, public: bool) -> int:
    clean = _phrase_group_name(name)
    with translate_db_errors():
        return _repo(session).create_phrase_group(clean, public)


def rename_phrase_group(session: Session, group_id: int, name: str) -> None:
    clean = _phrase_group_name(name)
    with translate_db_errors():
        _repo(session).rename_phrase_group(group_id, clean)


def delete_phrase_group(session: Session, group_id: int) -> None:
    with translate_db_errors():
        _repo(session).delete_phrase_group(group_id)


def add_phrase(session: Session, group_id: int, content: str) -> int:
    clean = _phrase_content(content)
    with translate_db_errors():
        return _repo(session).add_phrase(group_id, clean)


def update_phrase(session: Session, phrase_id: int, content: str) -> None:
    clean = _phrase_content(content)
    with translate_db_errors():
        _repo(session).update_phrase(phrase_id, clean)


def delete_phrase(session: Session, phrase_id: int) -> None:
    with translate_db_errors():
        _repo(session).delete_phrase(phrase_id)


# ------------------------------------------------------------------------------------------------ signatures


def signature_problem(signature: str) -> str | None:
    """The error code for a signature the database would refuse (``signature_too_short``…), or None."""
    code = sms_text.validate_signature(signature)
    return None if code is None else f"signature_{code}"


def check_signature(signature: str) -> str:
    """The signature without its brackets; raises ServiceError("signature_<problem>")."""
    problem = signature_problem(signature)
    if problem:
        raise ServiceError(problem, f"not a usable signature: {signature!r} ({problem})")
    inner = signature.strip()
    if inner.startswith(sms_text.SIGNATURE_OPEN) and inner.endswith(sms_text.SIGNATURE_CLOSE):
        inner = inner[1:-1].strip()
    return inner


def signatures(session: Session) -> list[SignatureRow]:
    """Signatures of the caller's group path and of the groups they oversee, top groups first."""
    return _repo(session).signatures()


def default_signature(rows: Iterable[SignatureRow], group_path_ids: list[int]) -> SignatureRow | None:
    """The signature a user of the group with these ancestor ids (root first) sends with by default:
    the default of the nearest group along the path that has one."""
    defaults = {r.group_id: r for r in rows if r.is_default}
    for group_id in reversed(group_path_ids):
        if group_id in defaults:
            return defaults[group_id]
    return None


def create_signature(session: Session, group_id: int, signature: str, default: bool = False) -> int:
    inner = check_signature(signature)
    with translate_db_errors():
        return _repo(session).create_signature(group_id, inner, default)


def update_signature(session: Session, signature_id: int, signature: str) -> None:
    inner = check_signature(signature)
    with translate_db_errors():
        _repo(session).update_signature(signature_id, inner)


def set_default_signature(session: Session, signature_id: int) -> None:
    with translate_db_errors():
        _repo(session).set_default_signature(signature_id)


def delete_signature(session: Session, signature_id: int) -> None:
    with translate_db_errors():
        _repo(session).delete_signature(signature_id)


# ------------------------------------------------------------------------------------------------ templates


@dataclass(frozen=True)
class TemplatePreview:
    """What the template editor shows while the user types: variables, a sample rendering and its count."""

    variables: tuple[str, ...] = ()
    rendered: str = ""
    measure: sms_text.Measure | None = None
    error: str | None = None  # "template_unclosed"… when the text is malformed
    error_position: int | None = None
    missing: tuple[str, ...] = ()


def preview_template(
    content: str,
    samples: dict[str, str] | None = None,
    *,
    kind: str = "notification",
    signature: str | None = None,
) -> TemplatePreview:
    """Parses and renders ``content`` with ``samples`` (a variable without a sample shows its own name)."""
    try:
        template = Template(content)
    except TemplateError as exc:
        return TemplatePreview(error=f"template_{exc.code}", error_position=exc.position)
    values = {name: (samples or {}).get(name) or name for name in template.variables}
    try:
        rendered = template.render(values)
    except MissingVariables as exc:  # only blank names, which the parser refuses; kept for safety
        return TemplatePreview(variables=template.variables, missing=tuple(exc.names))
    m = sms_text.measure(rendered, signature=signature or None, kind=kind if kind in KINDS else "notification")
    return TemplatePreview(variables=template.variables, rendered=rendered, measure=m)


def check_template(name: str, kind: str, content: str) -> tuple[str, str]:
    """(name, content) stripped; raises ServiceError with a template_* code the console explains."""
    clean_name = (name or "").strip()
    clean = (content or "").strip()
    if not clean_name:
        raise ServiceError("template_name_empty", "a template needs a name")
    if len(clean_name) > TEMPLATE_NAME_MAX:
        raise ServiceError("template_name_too_long", f"a template name has at most {TEMPLATE_NAME_MAX} characters")
    if kind not in KINDS:
        raise ServiceError("invalid", f"unknown message kind {kind!r}")
    if not clean:
        raise ServiceError("template_empty", "a template's text cannot be empty")
    if len(clean) > TEMPLATE_MAX:
        raise ServiceError("template_too_long", f"a template has at most {TEMPLATE_MAX} characters")
    try:
        Template(clean)
    except TemplateError as exc:
        raise ServiceError(f"template_{exc.code}", str(exc)) from exc
    return clean_name, clean


def templates(session: Session, text_filter: str = "", status: str | None = None) -> list[TemplateRow]:
    return _repo(session).templates(text_filter=text_filter.strip(), status=status or None)


def template(session: Session, template_id: int) -> TemplateRow:
    rows = _repo(session).templates(template_id=template_id)
    if not rows:
        raise ServiceError("not_found", f"no template {template_id}")
    return rows[0]


def create_template(
    session: Session, name: str, kind: str, content: str, public: bool = False, group_id: int | None = None
) -> int:
    clean_name, clean = check_template(name, kind, content)
    with translate_db_errors():
        return _repo(session).create_template(clean_name, kind, clean, public, group_id)


def update_template(session: Session, template_id: int, name: str, kind: str, content: str, public: bool) -> None:
    """Any change sends the template back to review (the database does it)."""
    clean_name, clean = check_template(name, kind, content)
    with translate_db_errors():
        _repo(session).update_template(template_id, clean_name, kind, clean, public)


def delete_template(session: Session, template_id: int) -> None:
    with translate_db_errors():
        _repo(session).delete_template(template_id)


def review_template(session: Session, template_id: int, approve: bool, reason: str = "") -> None:
    """APR-1, for the approvals tab: reviewers over the group, never the author; a rejection needs a reason."""
    if not approve and not reason.strip():
        raise ServiceError("reason_required", "a rejection needs a reason")
    with translate_db_errors():
        _repo(session).review_template(template_id, approve, reason.strip() or None)


def usable_template(session: Session, template_id: int) -> TemplateRow:
    """The template if the caller may send with it now (approved, theirs or public above them) — for sending."""
    with translate_db_errors():
        if not _repo(session).template_usable(template_id):
            raise ServiceError("template_not_approved", f"template {template_id} is not approved for sending")
        return template(session, template_id)


# ------------------------------------------------------------------------------------------------ words


@dataclass
class WordImport:
    """The outcome of a sensitive-word import."""

    source: str
    read: int = 0  # cells read from the file
    added: int = 0
    existing: int = 0  # already on the list, or given twice
    rejected: list[tuple[int, str, str]] = field(default_factory=list)  # (row, text, reason) — reason: empty/too_long

    def summary(self) -> dict[str, Any]:
        return {
            "file": self.source,
            "read": self.read,
            "added": self.added,
            "existing": self.existing,
            "rejected": len(self.rejected),
        }


def word_problem(word: str) -> str | None:
    clean = (word or "").strip()
    if not clean:
        return "word_empty"
    if len(clean) > WORD_MAX:
        return "word_too_long"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in clean):
        return "word_bad_chars"
    return None


def words(session: Session, text_filter: str = "", limit: int | None = None) -> list[WordRow]:
    return _repo(session).words(text_filter.strip(), limit)


def add_word(session: Session, word: str) -> Stored:
    problem = word_problem(word)
    if problem:
        raise ServiceError(problem, f"not a usable sensitive word: {word[:60]!r}")
    with translate_db_errors():
        stored = _repo(session).import_words([word.strip()], "")
    if not stored.added:
        raise ServiceError("word_exists", f"{word.strip()!r} is already on the list")
    _forget_words()
    return stored


def delete_words(session: Session, ids: list[int]) -> int:
    with translate_db_errors():
        n = _repo(session).delete_words(list(ids))
    _forget_words()
    return n


def read_word_file(
    path: str | Path, column: str | None = None, *, sheet: str | None = None, encoding: str | None = None
) -> tuple[list[str], list[tuple[int, str, str]], int]:
    """(usable words, rejected (row, text, reason), words read). Without ``column`` every cell of the file
    holds words, several to a cell when separated by commas, 、 or semicolons."""
    from smsdesk.services import tabular  # pandas: imported on first use, not with the console's tabs

    # A word list has no header (a one-line list is one word, not a header over nothing); a word that names the
    # column ("敏感词") is skipped below. With ``column``, the first row names the columns.
    table = tabular.read_table(path, header=column is not None, sheet=sheet, encoding=encoding)
    frame = table.frame if column is None else table.frame.iloc[:, [table.column_index(column)]]
    cells = frame.to_numpy(dtype=object)
    good: list[str] = []
    rejected: list[tuple[int, str, str]] = []
    read = 0
    first = True
    rows, cols = (cells != "").nonzero()  # only the cells that hold something, row by row
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        row_number = table.row_numbers[i]
        # lists typed by hand put several words on a line: "博彩，六合彩、私彩"
        cell = cells[i, j]
        for word in _WORD_SEPARATORS.split(cell) if column is None else (cell,):
            if column is None and not word.strip():
                continue
            if first and column is None and word.strip().casefold() in WORD_HEADERS:
                first = False
                continue
            first = False
            read += 1
            problem = word_problem(word)
            if problem:
                rejected.append((row_number, word, problem.removeprefix("word_")))
            else:
                good.append(word.strip())
    return good, rejected, read


def import_words(
    session: Session,
    job: JobLike,
    path: str | Path,
    column: str | None = None,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
) -> WordImport:
    """Bulk import (SET-1) with the same file reading as the other imports; importing twice adds nothing."""
    job = job or QuietJob()
    name = Path(path).name
    job.progress(0, 0, name, force=True)
    good, rejected, read = read_word_file(path, column, sheet=sheet, encoding=encoding)
    report = WordImport(source=name, read=read, rejected=rejected)
    if not good:
        raise ServiceError("no_words", f"{name} holds no usable sensitive words ({read} cells read)")
    repo = _repo(session)
    for start in range(0, len(good), IMPORT_CHUNK):
        job.check()
        with translate_db_errors():
            stored = repo.import_words(good[start : start + IMPORT_CHUNK], name)
        report.added += stored.added
        report.existing += stored.existing
        job.progress(min(start + IMPORT_CHUNK, len(good)), len(good), name)
    _forget_words()
    return report


# The rules engine's matcher, rebuilt only when the list changed (one cheap query to find out).
_words_lock = threading.Lock()
_words_cache: dict[str, tuple[tuple, SensitiveWords]] = {}


def _forget_words() -> None:
    with _words_lock:
        _words_cache.clear()


def sensitive_words(session: Session) -> SensitiveWords:
    """The SensitiveWords of this database's current list, shared by every caller until the list changes."""
    repo = _repo(session)
    version = repo.words_version()
    key = f"{version[0]}@{version[1]}"
    with _words_lock:
        cached = _words_cache.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    matcher = SensitiveWords(repo.all_words())
    with _words_lock:
        _words_cache[key] = (version, matcher)
    return matcher


def mask_text(session: Session, content: str) -> tuple[str, list[str]]:
    """The "test text" box: ``content`` with sensitive words masked, and the words found."""
    return sensitive_words(session).mask(content)


# ------------------------------------------------------------------------------------------------ demo


# Gambling, fraud and scams, fake invoices, drugs, weapons, illegal finance, adult content, and the absolute
# claims advertising law forbids.
_DEMO_WORDS_TEXT = (
    "赌博 博彩 赌场 网赌 百家乐 六合彩 时时彩 老虎机 赌球 赌马 彩票内幕 私彩 地下六合彩 网上赌场 真人娱乐 "
    "代开发票 发票代开 增值税发票 假发票 刷单 兼职刷单 套现 信用卡套现 花呗套现 网贷 高利贷 裸贷 校园贷 "
    "无抵押贷款 秒批贷款 洗钱 传销 非法集资 庞氏骗局 原始股 内幕消息 荐股 稳赚不赔 保本高收益 "
    "日赚千元 月入过万 躺赚 中奖 恭喜中奖 领取奖品 免费领取 红包返现 加微信 加V 加微 私聊 点击链接领取 "
    "冒充公检法 安全账户 涉嫌洗钱 银行卡冻结 验证码给我 退款理赔 快递丢失理赔 航班取消改签 "
    "毒品 冰毒 大麻 海洛因 摇头丸 K粉 迷药 听话水 催情药 春药 枪支 仿真枪 气枪 弓弩 管制刀具 "
    "办证 假证 代办证件 假文凭 代考 替考 考试答案 作弊器 窃听器 针孔摄像头 GPS定位跟踪 "
    "色情 成人影片 援交 约炮 一夜情 裸聊 黄色网站 激情视频 "
    "黑客 盗号 木马 钓鱼网站 破解版 外挂 私服 "
    "代孕 卖肾 器官买卖 克隆卡 手机复制卡 改号软件 伪基站 短信群发器 "
    "减肥神药 包治百病 祖传秘方 根治 特效药 无效退款 癌症克星 "
    "最佳 最优 第一品牌 国家级 全网最低 史上最低价 绝对 100%有效 万能 顶级 "
    "免费送 零元购 0元购 秒杀 清仓甩卖 跳楼价 亏本甩卖 限时抢购 "
    "退订回N 回复TD 拒收请回复 "
    "比特币 虚拟币 挖矿 区块链投资 数字货币理财 外汇平台 期货喊单 "
    "代写论文 论文代发 学历提升包过 "
    "私人侦探 讨债 追债公司 "
    "开锁 开锁换锁 疏通下水道 "
    "彩金 返水 首充 注册送 体验金 "
    "裸条 肉偿 包养 "
    "假币 高仿 A货 精仿 原单 "
    "偷拍 跟踪 "
    "信用卡提额 征信修复 洗白征信 黑户贷款 "
    "免息分期 无需审核 当天放款 "
    "炒股群 股票推荐 牛股 涨停板 内部票 "
    "加群 扫码进群 "
    "幸运用户 积分兑换 积分清零 兑换礼品 账户异常 请立即登录 "
    "ETC失效 社保停用 医保卡异常 "
    "中奖通知 领奖 奖金 "
    "红包 返利 刷信誉 好评返现 "
    "降价 特惠 "
)
DEMO_WORDS = tuple(_DEMO_WORDS_TEXT.split())


@dataclass(frozen=True)
class DemoTemplate:
    author: str
    name: str
    kind: str
    content: str
    public: bool
    status: str  # pending, approved, rejected
    reason: str = ""


DEMO_RENEWAL = (
    "**人寿自动语音系统温馨提示：尊敬的【姓名】先生，您好！您的【险种】保险应于【应缴日期】缴纳第【期数】期续期保费"
    "【金额】元，请于应缴日前存到约定缴费的银行存折内，若有疑问，请拨打24小时服务热线***。**人寿感谢您一如既往的支持！"
)
DEMO_TEMPLATES = (
    DemoTemplate("demo-admin", "续期提醒", "notification", DEMO_RENEWAL, True, "approved"),
    DemoTemplate(
        "demo-admin",
        "登录验证码",
        "verification",
        "您的验证码为【验证码】，5分钟内有效，请勿泄露给他人。",
        True,
        "approved",
    ),
    DemoTemplate(
        "demo-op1",
        "会员日活动",
        "marketing",
        "【姓名】您好，本周六会员日全场满200减30，凭短信到店领取小礼品。",
        False,
        "pending",
    ),
    DemoTemplate(
        "demo-op1",
        "账户异常提醒",
        "alert",
        "尊敬的客户，您尾号【尾号】的账户于【时间】发生异常登录，如非本人操作请立即致电客服。",
        False,
        "approved",
    ),
    DemoTemplate(
        "demo-op2",
        "限时秒杀",
        "marketing",
        "全网最低价！【商品】限时秒杀，点击链接领取红包。",
        False,
        "rejected",
        "含有绝对化用语“全网最低价”，请修改后重新提交。",
    ),
    DemoTemplate(
        "demo-op3",
        "还款提醒",
        "notification",
        "【姓名】您好，您的【产品】本期应还【金额】元，最后还款日为【还款日】。",
        False,
        "pending",
    ),
)

DEMO_PHRASES = (
    # (author, group, public, phrases)
    ("demo-op1", "问候语", True, ("尊敬的客户，您好！", "感谢您一直以来的支持！", "祝您生活愉快！")),
    ("demo-op1", "结束语", True, ("如有疑问，请致电客服热线。", "本短信无需回复。")),
    ("demo-op1", "我的常用", False, ("您预约的服务已确认，请准时到达。", "资料已收到，我们将尽快处理。")),
    ("demo-op3", "问候语", True, ("您好，华南分公司为您服务。",)),
)

DEMO_SIGNATURES = (
    ("演示集团", "演示集团", True),
    ("演示集团", "演示客服", False),
    ("演示集团/华南分公司", "华南分部", True),
)

DEMO_BLACKLIST = (
    # (scope, group path or kind, numbers, reason)
    ("global", None, ("+8613800000001", "+8613800000002", "+8613900000003"), "用户投诉"),
    ("group", "演示集团/华东分公司", ("+8613700000004", "+8613700000005"), "客户要求不再联系"),
    ("group", "演示集团/华南分公司", ("+8618600000006",), "号码停用"),
    ("kind", "marketing", ("+8615000000007", "+8615000000008", "+8615000000009"), "回复退订"),
    ("kind", "notification", ("+8613600000010",), "重复投诉"),
)


def seed_demo(session: Session) -> None:
    """Demo data (the trial's demo organisation exists): phrases, signatures, templates in each status,
    200 sensitive words and a few blacklisted numbers in each scope. Each user's part is done as that
    user, through the same functions and audit as the console."""
    from smsdesk.services import blacklist
    from smsdesk.services.admin import find_group

    roles = dict(session.execute(text("select login, role_name from smsdesk.app_user")).all())

    def as_user(login: str):
        return _SessionAs(session, roles[login])

    with as_user("demo-admin"):
        for path, signature, default in DEMO_SIGNATURES:
            create_signature(session, find_group(session, path), signature, default)
        with translate_db_errors():
            _repo(session).import_words(list(DEMO_WORDS[:200]), "demo")
    for author, group, public, phrases in DEMO_PHRASES:
        with as_user(author):
            group_id = create_phrase_group(session, group, public)
            for content in phrases:
                add_phrase(session, group_id, content)
    reviewer = "demo-reviewer"
    for t in DEMO_TEMPLATES:
        with as_user(t.author):
            template_id = create_template(session, t.name, t.kind, t.content, t.public)
        if t.status != "pending":
            with as_user(reviewer if t.author != reviewer else "demo-admin"):
                review_template(session, template_id, t.status == "approved", t.reason)
    for scope, where, numbers, reason in DEMO_BLACKLIST:
        group_id = find_group(session, where) if scope == "group" else None
        kind = where if scope == "kind" else None
        with as_user("demo-admin"):
            blacklist.store_numbers(
                session, QuietJob(), scope, list(numbers), group_id=group_id, kind=kind, reason=reason
            )


class _SessionAs:
    """Runs the block as another login role (the installation owner may); session_user changes with it."""

    def __init__(self, session: Session, role: str) -> None:
        self.session, self.role = session, role

    def __enter__(self) -> None:
        quoted = self.session.execute(text("select quote_ident(:r)"), {"r": self.role}).scalar_one()
        self.session.execute(text(f"set session authorization {quoted}"))

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:  # after an error the transaction rolls back, and the SET with it
            self.session.execute(text("reset session authorization"))
