/*
 * portalgen search, part 1 of 3: the index (see search.js for the whole and the page contract).
 *
 * Reads the files of PortalKit's SearchIndexBuilder (format 2, described in SearchIndexLayout.swift): the
 * manifest (search/index.js), term shards, posting and heading lists, keyword lists, and the blocks of stored
 * speech text. Each file is a script that only calls portalgenSearchData(id, data) with literal data; this file
 * decodes the data and never evaluates any of it.
 */
(function (global) {
  'use strict';

  var ns = global.PortalgenSearch = global.PortalgenSearch || {};
  var registry = ns.registry = ns.registry || Object.create(null);
  var FORMAT_VERSION = 2;

  // ---- Folding: must match SearchNormalization.swift ----------------------------------------------------

  function foldCharacter(character) {
    var unit = character.charCodeAt(0);
    if (unit === 0x3000) return ' ';
    if (unit >= 0xff01) unit -= 0xfee0;
    if (unit >= 0x41 && unit <= 0x5a) unit += 0x20;
    return String.fromCharCode(unit);
  }

  /** Full-width ASCII to ASCII, the ideographic space to a space, A-Z to a-z; one code unit for one. */
  function fold(text) {
    return String(text).replace(/[\uff01-\uff5e\u3000A-Z]/g, foldCharacter);
  }

  // ---- The character table of stored text: must match SearchCharRanking.swift ---------------------------

  var TABLE =
    // TABLE BEGIN (written by script/make-search-char-table; a test compares it with the Swift copy)
    '，。、“”：；！？（）《》—…·‘’「」『』【】〈〉％～的一了是不我在有人这他们来个上地大著着就你到说和要里么子也去那得' +
    '主会时出下国过为好以看可还生都学没起能多年小把天工家发动对用中又作同民自样想面成她义后经产十什道进现只儿点头种从甚些很然' +
    '前见老事方分于开而心两走行长高象三当它回给实问全水部几二命正定党手力己机气意向所知等社物理战边话候但呢声本如呐使之打叫外' +
    '罢法眼情做身重化革才间反已四最真业怎志听吧别级放妈无路明先干因新量车文阶代少五加解制政军度活各住电比员第常关体建口太次争' +
    '月山原再吃变应果门题条西光思由快利表东总您合立百提吗被跟领结啊决完平教队论许科其亲资者九展书内更并呀哪导笑性白系造斗相带' +
    '万敌指界共接直便公往农线记日位认每研今世将任孩根花难区觉群运办风数望究识写处女治件流却众半师通爱或拿八形步此计必站特设改' +
    '受连信切谁强该朮术且找算远六满观早报坐热期济石似告够跑啦管料感爸让讲与组统河越火爷服七色飞转死脸块确空船务取场海极质准紧' +
    '整倒基钱马团照千品神刚怕轻土劳树影保史细红习程青近容油历清求送错字目村裡据席片夜较响类验离底至张入备米买屋深器收名咱规集' +
    '需南胜布病具铁须织装厂晚北睛及况院传友技哥房消包际母坚批谈何市黑非忙断赶汽族睡拉委速低精兴抗害围刻派答衣苦击交娘支音严广' +
    '脚压句急坏草嘴艺始帝破单调专增持随帮安诉穿城乎士请联式阵伟议客金星般积商复达饭约虫参举亮桥育左雨虽鱼兵毛则忽节推段卖台易' +
    '落钢失愿材靠伙岁皮証证父朋阳即微误停示划局背显欢夫引息除温画食首图右号续层呼留敢权灯密旧静另突掉旁查跳护久纪纸美雪修助喊' +
    '冲医存喜渐球姑呵激令冷势创弟念沉注略顶古律按评脑室搞乡唱府读简价养板县校烈惊沙章视采维血姐慢故木怪钟省药角初继抓班仅排奶' +
    '封础烧周喝座担伤央棉竟摇曾困枪熟终功态止源床仍尽懂弹充防试双哭窗吸例属翻叔祖挥游缺责模野乱杂痛适歌菜替换妇烟负黄奇瞭占岸' +
    '标待依侵值林课卫嘛选称乐庄握检武田益街嫂考巨演营爬暗未灭货差春固元顾普希含弄针短降型斤构架格供透射富致副攻忘践足司危既泥' +
    '笔伸言朝迫抬费景永哎叶减印店江宣洋劲某绝抱掌环配遍映素谢互嗯察洗优余概桌鼓镜刀摸效味奋怀唯境粮肯楚盾矛王肉讨官摆杀逐筑仿' +
    '燃冬袋追列午宝挂牛置状鞋假顺丰墙投独矿腿酒语遇哦浪端策园妹猛幸彻炼碎超案退闹佛判英努闪煤犯瞧散男湖鲜骨枝练企抽鸡银朵露馆' +
    '限吹挺脱婶季洞盖碗项召像堆泪姓折束沿率输否哈削套汉测哩毫鬼勇拍玩轮险巴硬移耐震预临绿股倍碰守悄执染植败铺哲户伍救狗羊镇丽' +
    '旗编胡穷雄玻璃剥粉艰零肩云挑混颗善戏钻借偷均昨舞顿施洲篇厚陆傅招范醒剩福默良警躺休升圆夏夺恶纤俩亿擦盘茶伯免弱征遭控迅堂' +
    '岛虎鸟鼻齐忍灰爆威帽毒牲冒牙丝液宽灵居松训罪炮粗膀若骂圈孔贵扬楼献缩份纺胸辆途炉渡耳倾涂票菌壮播械拖职克帐挤秋括索肚插棵' +
    '湿谓麻尾阿尖慌梁涌盆蛋趣冰怒咬财避累辩曲磨逃饿承疑刺探糊肥赞弯徒香付腰愤扩暖吨阻介柴绍获藏缓隔奔秘偏叹窝净晨淨稳诗喂暴殖' +
    '潮协登迷壁毕浮纷阔阴附井哼巧拼滚荣厉异麦寒惯谷丢培宇泛肃载录舒健婆搬禁寻灌补驼促刷扑析珠愈旅跃凝彩拔袖幕庭戴援航呆挖杆沟' +
    '猿瓜凡吓迎凭扫骑冻扎操箱纯闻仔绩讯踏颜序恨抢横疯眉宙凉卷梦氧繁距铜仗割损摄摔瓶悲昏疼绳豆烂烦蓝订侧巩虑软匆域尺贴赛躲剧役' +
    '恰惟狠薄释驶俺兄尊幅拥授杯谋劝博仪捧睁网触腾匪夹抖揭稍稼腐闭浓胞脉骆刑惜皱监脏蒸贫锅波炸礼私绕塑磁违丈玉茫吐喷废怜恢悉挨' +
    '敲淡尤忆灾蜜啥恐述隐残额亩旋污甲胆蹲迟乘伴掏缝刮椅串埋抵捉秒乏喔噢坡捕添牺粒舍允哇柜酸寄扔托措狂遗伏兔勤珍糟辉拾殊浑滴典' +
    '漠猜障唇壳峡德忿撞棒滑牵盛糖贡哟宜敬斜暂歼竹笼聪蜂骗扭详貌辟亡峰励归焊秀唤寸毁稻绪脆销库渠爹祝贯雷坑蒙辛遵飘婚披胃趟逼闲' +
    '嚷垂塞娃扯狼锻凳卵炕箭肤辈迹匠巾洁涨猴耗臂虚陷吵咳搭森漂狱疗皇翅脾铃雾饱尚拣振掩歇牧番符趁挡晓猪纲舅迈递壤撤浅瘦肠塘妙尘' +
    '砍碑焦衡齿剂剑匹摘竞凶售堵康拱漆疲盒纱坦斯杨泡盟瞪缘苹轰逗享喘嘿挣棚签龙宿泼溉甜舱闷饼愉捏棍盼篮芦铅奴宫汇炭版牌窑聚脖访' +
    '隶咐摊昆桶池猎碍臭词轨钓颤亏仇择智苗锋仰届岗岩岭慰抄盐译丛乌凑厘奖妻径悟欠苍荷辑陪叛捞撒柱株核润漏瓷纠蛇锁估傲厌宗扶捆荡' +
    '蚀裂骄幼拨挽掀锐鸣款盯胳偶寂屈恳晃歪眯瞇秧稿综踩鲸吼嗓扁朴欣莫傻幻扣拢掠榴溶滩牢猫腔蚕蝗裤跨霜冶咽宅搜晴遮启彼抹搁敏漫码' +
    '筋键厅吊拒旱桃欺燕琴舌蔽袄钉驾丘审币愣拦摧撕浇赏鸦伞晶涉犹蛙丫僚哏嗡宪描朗柔橘瞎稀肝裳隆顽驴倡哀堤姨崇庙延汤碳童耕跪辫闯' +
    '颇勃哗嫁孤拳晒栽洒耀胀胁膜荒亭咧填妥帘患截抑攀梅烛督逢魔伐媳悬戚煮盗绑肺侦俗哨喉岂帜庆弃惨抛末浸港眨租窜诚醉刊墨桩炎盏肖' +
    '踢锦啪塔惹柳筐紫罩萄葡贝辨颠伪冤厨吩妄姿屁愁晌渴溜甩眠粥纶蝉览返阀鞭频仓傍壶怨汗泉窄纹跌喽坟扛扮洪瓦秩脂虾衬袭裹谅魂乙倘' +
    '卧矮筒膊臥揉昂栏疾痕砖膨餐兜夸崖拆斧欲沫涡纵肌胖趴饮龄丹勾嘻御戒拴撑朽甘袜袱裁譬钩铝鼠催咦拧搅淹渔熊盲筷纬购鸭予兼兽';
    // TABLE END

  /** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits (or the number itself with `asNumber`). */
  function fnv1a(text, asNumber) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return asNumber ? hash : ('0000000' + hash.toString(16)).slice(-8);
  }

  var SINGLE = new Array(128).fill('');
  var DOUBLE = [];
  (function () {
    // Code order of SearchCharTable.swift: printable ASCII but " < \ ~, then U+00A1 upwards.
    var table = Array.from(TABLE);
    var codes = [];
    for (var unit = 0x20; unit <= 0x7d; unit++) {
      if (unit !== 0x22 && unit !== 0x3c && unit !== 0x5c) codes.push(unit);
    }
    codes.forEach(function (code, rank) { SINGLE[code] = table[rank] || ''; });
    DOUBLE = table.slice(codes.length);
  })();
  var TABLE_CHECKSUM = fnv1a(TABLE);

  /** Text written with the character table (SearchCharTable.swift). */
  function decodeText(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var unit = text.charCodeAt(i);
      if (unit < 0x80) {
        out += unit === 0x7e ? text.charAt(++i) : SINGLE[unit];
      } else if (unit >= 0xa1 && unit < 0x800) {
        out += DOUBLE[unit - 0xa1] || '';
      } else {
        out += text.charAt(i);
      }
    }
    return out;
  }

  // ---- Bit strings -------------------------------------------------------------------------------------------

  var BASE64 = new Int8Array(128).fill(-1);
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach(function (c, i) {
    BASE64[c.charCodeAt(0)] = i;
  });

  /** Reads the bit streams of SearchBitWriter.swift; past the end it reads zeros, so it always terminates. */
  function BitReader(text) {
    this.text = text;
    this.index = 0;
    this.buffer = 0;
    this.available = 0;
  }
  BitReader.prototype.bit = function () {
    if (this.available === 0) {
      var unit = this.text.charCodeAt(this.index++);
      this.buffer = unit < 128 ? Math.max(0, BASE64[unit]) : 0;
      this.available = 6;
    }
    this.available--;
    return (this.buffer >> this.available) & 1;
  };
  BitReader.prototype.bits = function (count) {
    var value = 0;
    for (var i = 0; i < count; i++) value = value * 2 + this.bit();
    return value;
  };
  BitReader.prototype.rice = function (k) {
    var quotient = 0;
    while (this.bit() === 1 && this.index <= this.text.length) quotient++;
    return quotient * Math.pow(2, k) + this.bits(k);
  };
  BitReader.prototype.gamma = function () {
    var zeros = 0;
    while (this.bit() === 0 && this.index <= this.text.length) zeros++;
    return Math.pow(2, zeros) + this.bits(zeros);
  };

  var IMPACT_BITS = 4;

  /**
   * A posting list (SearchEncodedTerm.swift): the documents containing a term, ascending, the impact of each
   * (0: only in the title) and the blocks holding it: `all[i]` is 1 when every block of the document may hold
   * it, else `blocks.subarray(blockFrom[i], blockFrom[i + 1])` lists them (empty when the impact is 0).
   */
  function readPostings(reader, count) {
    count = Math.max(0, Math.min(count, reader.text.length * 6));
    var gapK = reader.gamma() - 1;
    var documents = new Int32Array(count);
    var impacts = new Uint8Array(count);
    var blockFrom = new Int32Array(count + 1);
    var all = new Uint8Array(count);
    var blocks = [];
    var document = -1;
    for (var i = 0; i < count; i++) {
      document += reader.rice(gapK) + 1;
      documents[i] = document;
      impacts[i] = reader.bits(IMPACT_BITS);
      blockFrom[i] = blocks.length;
      if (impacts[i] === 0) continue;
      if (reader.bit() === 1) { all[i] = 1; continue; }
      var number = Math.min(reader.gamma(), reader.text.length * 6);
      var block = -1;
      for (var b = 0; b < number; b++) {
        block += reader.gamma();
        blocks.push(block);
      }
    }
    blockFrom[count] = blocks.length;
    return { documents: documents, impacts: impacts, all: all, blockFrom: blockFrom, blocks: Int32Array.from(blocks) };
  }

  /** A document list (SearchDocumentList.swift), possibly stored as its complement among `documentCount`. */
  function readDocumentList(reader, documentCount) {
    var complemented = reader.bit() === 1;
    var count = Math.max(0, Math.min(reader.gamma() - 1, documentCount));
    var stored = new Int32Array(count);
    if (count > 0) {
      var k = reader.gamma() - 1;
      var document = -1;
      for (var i = 0; i < count; i++) {
        document += reader.rice(k) + 1;
        stored[i] = document;
      }
    }
    if (!complemented) return stored;
    var documents = [];
    for (var candidate = 0, next = 0; candidate < documentCount; candidate++) {
      if (next < stored.length && stored[next] === candidate) next++; else documents.push(candidate);
    }
    return Int32Array.from(documents);
  }

  /** A 48-bit part name as 12 hex digits. */
  function readHash(reader) {
    var hex = '';
    for (var i = 0; i < 12; i++) hex += reader.bits(4).toString(16);
    return hex;
  }

  var NO_HEADINGS = [new Int32Array(0), new Int32Array(0)];

  /** A term's shard entry (SearchShardLayout.swift); lists stay unread until they are needed. */
  function readEntry(key, text) {
    var reader = new BitReader(text);
    reader.bit();
    var externalPostings = reader.bit() === 1;
    var externalHeadings = reader.bit() === 1;
    var entry = { key: key, documents: reader.gamma() };
    entry.total = reader.gamma() + entry.documents - 1;
    entry.titles = reader.gamma() - 1;
    entry.headed = reader.gamma() - 1;
    entry.postingsPart = null;
    entry.listCharacters = 0;
    if (externalPostings) {
      entry.postingsPart = readHash(reader);
      entry.listCharacters = reader.gamma();
    } else {
      entry.postingsList = readPostings(reader, entry.documents);
    }
    entry.headingsPart = null;
    entry.headingsList = NO_HEADINGS;
    if (entry.titles + entry.headed > 0) {
      entry.headingsList = null;
      if (externalHeadings) entry.headingsPart = readHash(reader);
      else entry.reader = reader;
    }
    return entry;
  }

  // ---- The index: loading and caching its parts ---------------------------------------------------------

  /**
   * The index under `root` (the site root as a URL prefix ending in "/"). `load(url)` runs a script file and
   * resolves when it has run; it defaults to <script> tags.
   */
  function Index(root, load) {
    this.root = root;
    this.load = load || ns.loadScript;
    this.pending = new Map();
    this.blocks = new Map();
    this.entries = new Map();
    this.shards = new Map();
    this.keywordLists = new Map();
    /** Its one entry, "index": the manifest, read. */
    this.manifests = new Map();
  }

  /**
   * The promise `make()` gives for `key` in `map`: made once and shared by every caller, and forgotten when
   * it fails, so that a later call tries again (a part that could not load may load the next time).
   */
  function cached(map, key, make) {
    if (!map.has(key)) {
      var promise = make();
      map.set(key, promise);
      promise.catch(function () { if (map.get(key) === promise) map.delete(key); });
    }
    return map.get(key);
  }

  /** A part by id; `query` (e.g. "?v=…") is added to its URL, never to its id. */
  Index.prototype.part = function (id, query) {
    if (id in registry) return Promise.resolve(registry[id]);
    var self = this;
    return cached(this.pending, id, function () {
      // search.js starts loading the manifest while this file loads; use that request.
      var preloaded = id === 'index' && ns.preloadedManifest;
      ns.preloadedManifest = null;
      return (preloaded || self.load(self.root + 'search/' + id + '.js' + (query || ''))).then(function () {
        if (!(id in registry)) throw new Error('search index part ' + id + ' is missing');
        return registry[id];
      });
    });
  };

  Index.prototype.ready = function () {
    var self = this;
    return cached(this.manifests, 'index', function () { return self.part('index').then(readManifest); });
  };

  function chunks(text, size) {
    var list = [];
    for (var i = 0; i + size <= text.length; i += size) list.push(text.slice(i, i + size));
    return list;
  }

  function readManifest(data) {
    if (!data || data.v !== FORMAT_VERSION) throw new Error('unsupported search index format');
    if (data.c !== TABLE_CHECKSUM) throw new Error('the search index was written with another character table');
    var keywords = data.k.map(function (entry, order) {
      var names = [entry[0]].concat(entry[1] || []);
      return {
        term: entry[0], aliases: entry[1] || [], url: entry[2], speechCount: entry[3], description: entry[4],
        list: entry[5] || '', order: order, folded: names.map(fold)
      };
    });
    var aliases = new Map();
    keywords.forEach(function (keyword) {
      keyword.folded.forEach(function (name) {
        var group = aliases.get(name) || [];
        keyword.folded.forEach(function (other) { if (group.indexOf(other) < 0) group.push(other); });
        aliases.set(name, group);
      });
    });
    return {
      documentCount: data.n,
      generation: String(data.g || ''),
      keywords: keywords,
      aliases: aliases,
      shardHashes: chunks(data.h, 12),
      years: (data.y || []).map(function (year) { return { year: year[0], first: year[1], count: year[2] }; })
    };
  }

  /** The shard entries by term: the terms' characters decoded, each entry's first bit telling pair or not. */
  function readShard(data) {
    var characters = Array.from(decodeText(String(data[0])));
    var entries = new Map();
    var at = 0;
    String(data[1]).split('.').forEach(function (text) {
      if (!text) return;
      var pair = (Math.max(0, BASE64[text.charCodeAt(0)] || 0) & 32) !== 0;
      var key = pair ? characters[at] + characters[at + 1] : characters[at];
      at += pair ? 2 : 1;
      entries.set(key, text);
    });
    return entries;
  }

  /** The shard entry of a term (cached), or null when no speech contains it. */
  Index.prototype.entry = function (manifest, key) {
    var self = this;
    return cached(this.entries, key, function () {
      if (!manifest.shardHashes.length) return Promise.resolve(null);
      var id = 's/' + manifest.shardHashes[fnv1a(key, true) % manifest.shardHashes.length];
      return self.part(id).then(function (data) {
        if (!self.shards.has(id)) self.shards.set(id, readShard(data));
        var text = self.shards.get(id).get(key);
        return text ? readEntry(key, text) : null;
      });
    });
  };

  /** A list in a part of its own. */
  Index.prototype.list = function (hash) {
    return this.part('p/' + hash).then(function (text) { return new BitReader(String(text)); });
  };

  Index.prototype.postings = function (entry) {
    if (entry.postingsList) return Promise.resolve(entry.postingsList);
    return this.list(entry.postingsPart).then(function (reader) {
      return (entry.postingsList = readPostings(reader, entry.documents));
    });
  };

  /** The speeches whose title contains the term, and those with a heading that does. */
  Index.prototype.headings = function (manifest, entry) {
    if (entry.headingsList) return Promise.resolve(entry.headingsList);
    var reader = entry.headingsPart ? this.list(entry.headingsPart) : Promise.resolve(entry.reader);
    return reader.then(function (source) {
      return (entry.headingsList = [readDocumentList(source, manifest.documentCount),
        readDocumentList(source, manifest.documentCount)]);
    });
  };

  /** The speeches of a keyword (by its term), ascending; null for a term that is no keyword. */
  Index.prototype.keywordDocuments = function (manifest, term) {
    var keyword = manifest.keywords.find(function (candidate) { return candidate.term === term; });
    if (!keyword) return Promise.resolve(null);
    if (!keyword.list) return Promise.resolve(new Int32Array(0));
    var self = this;
    return cached(this.keywordLists, term, function () {
      return self.list(keyword.list).then(function (reader) { return readDocumentList(reader, manifest.documentCount); });
    });
  };

  /** Block `block` of speech `number`, decoded: metadata, and its texts with their anchors. */
  Index.prototype.block = function (manifest, number, block) {
    var key = number + '-' + block;
    var self = this;
    return cached(this.blocks, key, function () {
      var id = 't/' + Math.floor(number / 64) + '/' + key;
      return self.part(id, manifest.generation ? '?v=' + manifest.generation : '').then(function (data) {
        var texts = data[6].map(decodeText);
        var title = decodeText(data[1]);
        return {
          number: number, block: block, url: data[0], title: title, date: data[2], blockCount: data[3],
          anchors: data[4], headings: data[5], texts: texts, foldedTitle: fold(title), foldedTexts: texts.map(fold)
        };
      });
    });
  };

  ns.version = FORMAT_VERSION;
  ns.fold = fold;
  ns.decodeText = decodeText;
  ns.Index = Index;
})(typeof globalThis !== 'undefined' ? globalThis : this);
