"""Word-level variation, so that stock clauses recur as real reports repeat them: in part, in other words.

Each occurrence of a word below is replaced by one of its synonyms with probability `RATE`, except
inside a protected term (the lexicon's noun phrases and the formulations), which stays as written.
"""
import re

from lexicon import LEXICONS

RATE = 0.45

SYNONYMS = [
    ("加强", "强化"), ("提高", "提升"), ("认真", "切实"), ("积极", "主动"), ("努力", "着力"), ("坚决", "坚定"),
    ("采取", "采用"), ("措施", "举措"), ("困难", "难题"), ("重视", "关注"), ("继续", "持续"), ("逐步", "逐渐"),
    ("完成", "实现"), ("显著", "明显"), ("加快", "加速"), ("抓好", "做好"), ("保证", "确保"), ("推动", "促进"),
    ("巨大", "很大"), ("重大", "重要"), ("一切", "各种"), ("克服", "战胜"), ("解决", "处理"), ("结果", "成果"),
    ("清醒地", "冷静地"), ("高度", "十分"), ("目标", "指标"), ("关系", "联系"), ("作风", "风气"),
    ("深入", "广泛"), ("同时", "此外"), ("提出", "确定"), ("安排", "部署"), ("全局", "大局"), ("道路", "征途"),
    ("经验", "做法"), ("基层", "第一线"), ("领导", "指导"), ("长期", "长远"), ("保护", "爱护"), ("尊重", "重视"),
    ("已经", "业已"), ("不少", "许多"), ("及时", "尽快"), ("组织", "动员"), ("认识", "理解"), ("调动", "激发"),
]
CHOICES = {}
for group in SYNONYMS:
    for word in group:
        CHOICES[word] = group
WORD = re.compile("|".join(sorted(CHOICES, key=len, reverse=True)))

# Terms the variation must leave alone: every noun phrase of the lexicons and these formulations.
FORMULATIONS = """中国特色社会主义 社会主义市场经济 四项基本原则 一国两制 和平统一 人民公社 科学发展观 供给侧结构性改革
三个代表 邓小平理论 毛泽东思想 四个现代化 家庭联产承包责任制 经济体制改革 社会主义初级阶段 一个中心、两个基本点
小康社会 科教兴国 可持续发展 西部大开发 三农 社会主义新农村建设 社会主义和谐社会 乡村振兴 脱贫攻坚 精准扶贫 新发展理念
新常态 一带一路 大众创业、万众创新 放管服 高质量发展 新发展格局 中国式现代化 新质生产力 共同富裕 全过程人民民主
人民代表大会制度 百花齐放、百家争鸣 大跃进 总路线 农业学大寨 第一个五年计划 社会主义改造 过渡时期总路线 爱国卫生运动
计划生育 义务教育 素质教育 立德树人 绿水青山就是金山银山 生态文明 碳达峰 碳中和 河长制 污染防治攻坚战 退耕还林
科学技术是第一生产力 创新驱动发展战略 两弹一星 自主创新 关键核心技术 粮食安全 高标准农田 健康中国 医药卫生体制改革
合作医疗 赤脚医生 预防为主 依法治国 精神文明 宏观调控 国有企业改革 现代企业制度 改革开放 对外开放 统购统销
农业合作化 调整、巩固、充实、提高 调整、改革、整顿、提高 自力更生 艰苦奋斗 治理整顿 有计划的商品经济 经济特区
知识创新工程 双减 节能减排 创新型国家 科技自立自强 分级诊疗 四个全面 两个确立 两个维护 四个意识 四个自信 耕地红线
向科学进军 以人为本 实事求是 群众路线 马克思列宁主义 人民民主专政 中国共产党 一国两制 港人治港 澳人治澳 高度自治
基本国策 五位一体 以人民为中心 稳中求进 新征程 国之大者 两弹一星精神""".split()
PROTECTED = sorted({w for table in LEXICONS.values() for entries in table.values() for w in entries
                    if len(w) >= 3} | set(FORMULATIONS), key=len, reverse=True)
PROTECT = re.compile("|".join(re.escape(w) for w in PROTECTED))


def vary(text: str, rng) -> str:
    shielded = [False] * len(text)
    for match in PROTECT.finditer(text):
        for i in range(match.start(), match.end()):
            shielded[i] = True

    def replace(match):
        if any(shielded[match.start():match.end()]) or rng.random() >= RATE:
            return match.group(0)
        return rng.choice(CHOICES[match.group(0)])
    return WORD.sub(replace, text)
