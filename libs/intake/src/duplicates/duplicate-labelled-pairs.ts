/**
 * Hand-labelled pairs of calls for measuring the duplicate rules (issue 10). Texts are the demo catalogue's category
 * texts (libs/demo/src/catalog-*.ts) retold as callers retell them; addresses are the street's gazetteer
 * places (libs/reference/data/taoranting.json) with courtyards, buildings and flats as the demo population writes
 * them. `duplicate` is a person's judgement: would a seat operator merge the later call into the earlier one?
 */
export interface LabelledCall {
  phone: string;
  address: string;
  category: string | null;
  content: string;
  /** Minutes after the earlier call (the earlier call is at 0). */
  at: number;
}

export interface LabelledPair {
  name: string;
  earlier: Omit<LabelledCall, 'at'>;
  later: LabelledCall;
  duplicate: boolean;
}

const DAY = 24 * 60;
const HEAT = '公共服务/供暖/室温不达标';
const LIFT = '城乡建设/物业管理/电梯运行';
const PROPERTY = '城乡建设/物业管理/物业服务';
const FEES = '城乡建设/物业管理/物业收费';
const REPAIR = '城乡建设/物业管理/公共设施维修';
const CLUTTER = '市容环境/环境卫生/楼道堆物';
const REFUSE = '市容环境/环境卫生/垃圾清运';
const PARKING = '交通管理/停车管理/乱停车';
const LAMP = '交通管理/道路设施/路灯不亮';
const WATER_CUT = '公共服务/供水/停水';
const POWER_CUT = '公共服务/供电/停电';
const NOISE_BIZ = '社会秩序/噪音扰民/商业噪音';
const NOISE_HOME = '社会秩序/噪音扰民/生活噪音';
const WELFARE = '民生保障/社会救助/低保';

export const LABELLED_PAIRS: readonly LabelledPair[] = [
  // —— True repeats ——
  {
    name: 'the reported miss: same phone and flat, reworded, one minute later, category not chosen yet',
    earlier: { phone: '13901012345', address: '黑窑厂街12号院3号楼2单元301', category: HEAT, content: '黑窑厂街12号院3号楼2单元301家中暖气不热，室温只有16度，家里有老人。' },
    later: { phone: '13901012345', address: '黑窑厂街12号院3号楼2单元301', category: null, content: '刚才打过电话了，屋里还是冷得不行，暖气片摸着温乎乎的，老人受不了。', at: 1 },
    duplicate: true,
  },
  {
    name: 'same phone, heating again two days later',
    earlier: { phone: '13801364882', address: '米市胡同45号', category: HEAT, content: '米市胡同45号家中暖气不热，室温只有15度，家里有老人，请协调供暖单位。' },
    later: { phone: '13801364882', address: '米市胡同45号', category: HEAT, content: '米市胡同45号暖气还是不热，室温15度左右，家里有老人，前天已反映过，请供暖单位尽快上门。', at: 2 * DAY },
    duplicate: true,
  },
  {
    name: 'same phone, lift five days later, other words',
    earlier: { phone: '13522220001', address: '南华里5号楼', category: LIFT, content: '南华里5号楼电梯经常故障停运，老人上下楼非常困难。' },
    later: { phone: '13522220001', address: '南华里5号楼3单元602', category: LIFT, content: '电梯又坏了，一周里停了三次，家里老人下不了楼。', at: 5 * DAY },
    duplicate: true,
  },
  {
    name: 'same building, another caller, lift stopped, same category',
    earlier: { phone: '13522220002', address: '南华里7号楼1单元101', category: LIFT, content: '南华里7号楼电梯停运2天，家中有行动不便的老人，请尽快修复。' },
    later: { phone: '18611110002', address: '南华里7号楼4单元802', category: LIFT, content: '我们楼电梯坏了两天了还没人修，住八层的老人出不了门。', at: 3 * 60 },
    duplicate: true,
  },
  {
    name: 'same courtyard written in Chinese numerals, clutter in the stairwell',
    earlier: { phone: '13622220003', address: '黑窑厂街12号院3号楼', category: CLUTTER, content: '黑窑厂街12号院3号楼楼道里堆满杂物，堵住了消防通道。' },
    later: { phone: '13722220003', address: '黑窑厂街十二号院3号楼2单元', category: CLUTTER, content: '邻居长期在楼道堆放纸箱、旧家具，存在消防隐患。', at: DAY },
    duplicate: true,
  },
  {
    name: 'same building as "3楼" after the courtyard, lift',
    earlier: { phone: '13622220004', address: '黑窑厂街20号院3号楼', category: LIFT, content: '黑窑厂街20号院3号楼电梯运行时有异响，来电人担心安全。' },
    later: { phone: '15022220004', address: '黑窑厂街20号院3楼', category: LIFT, content: '院里3楼的电梯一开就咣当响，住户都不敢坐。', at: 2 * DAY },
    duplicate: true,
  },
  {
    name: 'full-width digits, water cut in the same building',
    earlier: { phone: '13622220005', address: '红土店胡同8号院2号楼1单元201', category: WATER_CUT, content: '红土店胡同8号院2号楼突然停水，没有收到任何通知。' },
    later: { phone: '13922220005', address: '红土店胡同８号院２号楼３单元５０２', category: WATER_CUT, content: '家里从早上开始没水，家中有卧床老人，请尽快恢复供水。', at: 90 },
    duplicate: true,
  },
  {
    name: 'same phone, heating still poor 15 days later, similar words',
    earlier: { phone: '13301012346', address: '龙泉胡同16号', category: HEAT, content: '龙泉胡同16号供暖以来暖气一直温乎乎的，室温不到16度。' },
    later: { phone: '13301012346', address: '龙泉胡同16号', category: HEAT, content: '龙泉胡同16号暖气还是温乎乎的，室温不到16度，上次反映后没人来。', at: 15 * DAY },
    duplicate: true,
  },
  {
    name: 'same phone, 25 days later, same heating problem',
    earlier: { phone: '18901012347', address: '福州馆前街6号院1号楼3单元402', category: HEAT, content: '福州馆前街6号院1号楼3单元402家中暖气上热下不热，请供暖单位上门排气。' },
    later: { phone: '18901012347', address: '福州馆前街6号院1号楼3单元402', category: HEAT, content: '福州馆前街6号院1号楼3单元402暖气还是上热下不热，供暖单位一直没上门排气。', at: 25 * DAY },
    duplicate: true,
  },
  {
    name: 'overflowing bins at the same house, two passers-by the same day',
    earlier: { phone: '13622220006', address: '米市胡同33号', category: REFUSE, content: '米市胡同33号门口垃圾桶满溢2天无人清运，异味很大。' },
    later: { phone: '17622220006', address: '米市胡同33号', category: REFUSE, content: '米市胡同33号附近垃圾堆积，招来很多苍蝇老鼠。', at: 5 * 60 },
    duplicate: true,
  },
  {
    name: 'cars blocking the same courtyard gate, two residents',
    earlier: { phone: '13622220007', address: '陶然亭路18号院', category: PARKING, content: '陶然亭路18号院院门口总有外来车辆堵车位，院里的车出不去。' },
    later: { phone: '13822220007', address: '陶然亭路18号院2号楼', category: PARKING, content: '陶然亭路18号院门前长期有车辆乱停车，堵住了消防通道。', at: DAY },
    duplicate: true,
  },
  {
    name: 'same place, category not chosen yet, similar words',
    earlier: { phone: '13622220008', address: '粉房琉璃街40号院5号楼', category: REPAIR, content: '粉房琉璃街40号院5号楼楼内照明灯坏了3天，晚上上下楼看不见，老人容易摔倒。' },
    later: { phone: '15622220008', address: '粉房琉璃街40号院5号楼2单元', category: null, content: '粉房琉璃街40号院5号楼楼内照明灯坏了，晚上上下楼看不见。', at: 2 * DAY },
    duplicate: true,
  },
  {
    name: 'same phone, courtyard only then the flat, reworded',
    earlier: { phone: '13901012348', address: '自新路22号院', category: PROPERTY, content: '自新路22号院小区门禁坏了3天，外来人员随意进出，物业一直不修。' },
    later: { phone: '13901012348', address: '自新路22号院4号楼1单元101', category: null, content: '院门那个刷卡的门还是坏的，谁都能进来，物业不管。', at: 2 * 60 },
    duplicate: true,
  },
  {
    name: 'same landline written two ways, noise from a barbecue restaurant',
    earlier: { phone: '010-83551234', address: '里仁街9号', category: NOISE_BIZ, content: '里仁街9号附近烧烤店营业到凌晨两点，顾客喧哗噪音很大。' },
    later: { phone: '01083551234', address: '里仁街9号', category: NOISE_BIZ, content: '楼下烧烤店又闹到后半夜，根本睡不着。', at: DAY },
    duplicate: true,
  },
  {
    name: 'power cut in the courtyard, one caller names the building',
    earlier: { phone: '13622220009', address: '大吉巷15号院', category: POWER_CUT, content: '大吉巷15号院整个院子停电了，已经好几个小时。' },
    later: { phone: '18822220009', address: '大吉巷15号院2号楼3单元301', category: POWER_CUT, content: '家里突然停电，家中老人需要用制氧机，请尽快抢修。', at: 40 },
    duplicate: true,
  },
  {
    name: 'water cut, two flats of the same building',
    earlier: { phone: '13622220010', address: '南华东街3号院1号楼2单元201', category: WATER_CUT, content: '南华东街3号院1号楼2单元201停水1天了，家里没水做饭。' },
    later: { phone: '13122220010', address: '南华东街3号院1号楼4单元601', category: WATER_CUT, content: '南华东街3号院1号楼突然停水，没有收到任何通知。', at: 3 * 60 },
    duplicate: true,
  },
  {
    name: 'street lamp out at the same house number, two callers',
    earlier: { phone: '13622220011', address: '太平街北段27号', category: LAMP, content: '太平街北段27号附近路灯3天不亮，晚上出行不安全。' },
    later: { phone: '13222220011', address: '太平街北段27号', category: LAMP, content: '太平街北段27号胡同里的路灯一到晚上就闪。', at: 2 * DAY },
    duplicate: true,
  },
  {
    name: 'same phone next day, follow-up without a category',
    earlier: { phone: '13901012349', address: '壹瓶胡同11号院2号楼', category: REPAIR, content: '壹瓶胡同11号院2号楼单元门闭门器损坏，门一直关不上。' },
    later: { phone: '13901012349', address: '壹瓶胡同11号院2号楼', category: null, content: '昨天说的单元门还是关不上，冬天冷风直往楼里灌。', at: DAY },
    duplicate: true,
  },
  {
    name: 'same courtyard, property cleaning, two residents',
    earlier: { phone: '13622220012', address: '新兴东巷5号院', category: PROPERTY, content: '新兴东巷5号院所在小区物业服务不到位，保洁人员3天没来打扫，院内卫生很差。' },
    later: { phone: '17722220012', address: '新兴东巷5号院3号楼', category: PROPERTY, content: '新兴东巷5号院小区物业只收费不服务，院内保洁和绿化都没人管。', at: 4 * DAY },
    duplicate: true,
  },
  {
    name: 'night construction at the same site, two neighbours',
    earlier: { phone: '13622220013', address: '陶然亭路30号', category: '城乡建设/施工管理/夜间施工噪音', content: '陶然亭路30号附近工地夜间施工，电钻声音很大，影响休息。' },
    later: { phone: '13422220013', address: '陶然亭路30号', category: '城乡建设/施工管理/夜间施工噪音', content: '陶然亭路30号附近工地没有夜间施工许可，晚上11点还在作业。', at: DAY },
    duplicate: true,
  },
  {
    name: 'same phone three days later, property fee again',
    earlier: { phone: '13901012350', address: '南华西街8号院4号楼', category: FEES, content: '南华西街8号院4号楼小区物业费上涨未经业主大会同意，来电人不认可。' },
    later: { phone: '13901012350', address: '南华西街8号院4号楼', category: FEES, content: '物业费涨价的事还没人给说法，业主都不同意。', at: 3 * DAY },
    duplicate: true,
  },
  {
    name: 'heating off in the whole building, one caller says 停暖, the other 室温',
    earlier: { phone: '13622220014', address: '新兴里9号楼', category: '公共服务/供暖/停暖', content: '新兴里9号楼整栋楼暖气突然停了，到现在还没来热。' },
    later: { phone: '15822220014', address: '新兴里9号楼2单元402', category: HEAT, content: '家里暖气片冰凉，室温只有12度，家里有婴儿。', at: 2 * 60 },
    duplicate: true,
  },
  {
    name: 'same phone the same day, welfare application again',
    earlier: { phone: '13901012351', address: '姚家井3号院1号楼2单元202', category: WELFARE, content: '来电人申请低保3个月了还没有结果，住址姚家井3号院1号楼2单元202。' },
    later: { phone: '13901012351', address: '姚家井3号院1号楼2单元202', category: WELFARE, content: '低保审批到底到哪一步了，一直没人通知。', at: 6 * 60 },
    duplicate: true,
  },
  {
    name: 'gas smell in one building, second caller before a category is set',
    earlier: { phone: '13622220015', address: '保安寺街7号院2号楼', category: '公共服务/燃气/燃气异味', content: '保安寺街7号院2号楼楼内有很大的燃气味，请尽快派人检查。' },
    later: { phone: '13022220015', address: '保安寺街7号院2号楼1单元', category: null, content: '保安寺街7号院2号楼楼道里有很大的燃气味，担心漏气，请尽快派人检查。', at: 20 },
    duplicate: true,
  },
  {
    name: 'missing manhole cover at the same house, two callers',
    earlier: { phone: '13622220016', address: '南横西街东段14号', category: '交通管理/道路设施/井盖缺失', content: '南横西街东段14号附近有个井盖丢了，晚上很危险。' },
    later: { phone: '18522220016', address: '南横西街东段14号', category: '交通管理/道路设施/井盖缺失', content: '南横西街东段14号门前井盖没了，刚才差点有人掉下去。', at: 60 },
    duplicate: true,
  },
  {
    name: 'branches on the windows in the same courtyard',
    earlier: { phone: '13622220017', address: '西砖胡同21号院', category: '市容环境/园林绿化/树木修剪', content: '西砖胡同21号院院内大树树枝伸到窗户上，刮风时敲打玻璃。' },
    later: { phone: '13722220017', address: '西砖胡同21号院1号楼', category: '市容环境/园林绿化/树木修剪', content: '院里那棵大树该修了，树枝都挡住窗户了。', at: 3 * DAY },
    duplicate: true,
  },
  {
    name: 'same phone six days later, barking dog',
    earlier: { phone: '13901012352', address: '潘家胡同4号院3号楼1单元302', category: '社会秩序/邻里纠纷/宠物扰民', content: '潘家胡同4号院3号楼1单元302邻居家的狗整天叫，影响休息。' },
    later: { phone: '13901012352', address: '潘家胡同4号院3号楼1单元302', category: '社会秩序/邻里纠纷/宠物扰民', content: '隔壁的狗还是从早叫到晚，沟通了也没用。', at: 6 * DAY },
    duplicate: true,
  },
  {
    name: 'blocked drain in the same courtyard, two residents',
    earlier: { phone: '13622220018', address: '龙爪槐胡同9号院', category: REPAIR, content: '龙爪槐胡同9号院院内下水道堵塞，污水外溢，气味很大。' },
    later: { phone: '15922220018', address: '龙爪槐胡同9号院2号楼', category: REPAIR, content: '院里下水道返水，满院子都是臭味。', at: DAY },
    duplicate: true,
  },
  {
    name: 'same phone, heating, first call gave only the road (no house number)',
    earlier: { phone: '13901012353', address: '黑窑厂街', category: HEAT, content: '家中暖气不热，室温只有14度。' },
    later: { phone: '13901012353', address: '黑窑厂街12号院1号楼', category: HEAT, content: '暖气还是不热，屋里14度。', at: 4 * 60 },
    duplicate: true,
  },
  {
    name: 'stairwell lamp filed under two different groups by two operators (hard: expected miss)',
    earlier: { phone: '13622220019', address: '三元庵6号院2号楼', category: REPAIR, content: '三元庵6号院2号楼楼内照明灯坏了5天，晚上上下楼看不见。' },
    later: { phone: '13322220019', address: '三元庵6号院2号楼', category: LAMP, content: '我们楼道的灯一直黑着，老人摸黑走路摔了一跤。', at: 2 * DAY },
    duplicate: true,
  },
  {
    name: 'same problem, second caller names only a landmark (hard: expected miss)',
    earlier: { phone: '13622220020', address: '大吉巷3号', category: REFUSE, content: '大吉巷3号附近的垃圾站清运不及时，污水流到路上。' },
    later: { phone: '13522220020', address: '大吉巷菜市场对面', category: REFUSE, content: '菜市场对面垃圾站的脏水流了一地。', at: 3 * 60 },
    duplicate: true,
  },

  // —— Not duplicates ——
  {
    name: 'same building, another caller, stairwell clutter vs water cut',
    earlier: { phone: '13622220021', address: '黑窑厂街12号院3号楼', category: CLUTTER, content: '黑窑厂街12号院3号楼楼道里堆满杂物，堵住了消防通道。' },
    later: { phone: '13722220021', address: '黑窑厂街12号院3号楼1单元101', category: WATER_CUT, content: '黑窑厂街12号院3号楼1单元101突然停水，没有收到任何通知。', at: DAY },
    duplicate: false,
  },
  {
    name: 'same phone, a different problem 20 days later',
    earlier: { phone: '13901012354', address: '米市胡同12号院1号楼', category: WELFARE, content: '米市胡同12号院1号楼家中生活困难，想申请低保，不知道怎么办理。' },
    later: { phone: '13901012354', address: '米市胡同12号院1号楼', category: LAMP, content: '米市胡同附近路灯3天不亮，晚上出行不安全。', at: 20 * DAY },
    duplicate: false,
  },
  {
    name: 'neighbouring courtyard, same heating template, other caller',
    earlier: { phone: '13622220022', address: '黑窑厂街12号院', category: HEAT, content: '黑窑厂街12号院家中暖气不热，室温只有16度，家里有老人。' },
    later: { phone: '13722220022', address: '黑窑厂街14号院', category: HEAT, content: '黑窑厂街14号院家中暖气不热，室温只有16度，家里有老人。', at: 3 * 60 },
    duplicate: false,
  },
  {
    name: 'same courtyard, different buildings, each its own lift',
    earlier: { phone: '13622220023', address: '陶然亭路18号院3号楼', category: LIFT, content: '陶然亭路18号院3号楼电梯经常故障停运，老人上下楼非常困难。' },
    later: { phone: '13722220023', address: '陶然亭路18号院4号楼', category: LIFT, content: '陶然亭路18号院4号楼电梯运行时有异响，来电人担心安全。', at: DAY },
    duplicate: false,
  },
  {
    name: 'same road, other house numbers, bins',
    earlier: { phone: '13622220024', address: '米市胡同33号', category: REFUSE, content: '米市胡同33号门口垃圾桶满溢2天无人清运，异味很大。' },
    later: { phone: '13722220024', address: '米市胡同58号', category: REFUSE, content: '米市胡同58号门口垃圾桶满溢无人清运，异味很大。', at: 60 },
    duplicate: false,
  },
  {
    name: 'same courtyard and category, nine days apart, other callers',
    earlier: { phone: '13622220025', address: '红土店胡同30号院', category: PARKING, content: '红土店胡同30号院院门口总有外来车辆堵车位，院里的车出不去。' },
    later: { phone: '13722220025', address: '红土店胡同30号院', category: PARKING, content: '红土店胡同30号院门前有车辆占道停放，早晚高峰走不了。', at: 9 * DAY },
    duplicate: false,
  },
  {
    name: 'same phone, same problem 35 days later (a new episode)',
    earlier: { phone: '13901012355', address: '龙泉胡同20号', category: HEAT, content: '龙泉胡同20号家中暖气不热，室温只有15度，家里有老人。' },
    later: { phone: '13901012355', address: '龙泉胡同20号', category: HEAT, content: '龙泉胡同20号家中暖气不热，室温只有15度，家里有老人。', at: 35 * DAY },
    duplicate: false,
  },
  {
    name: 'same house number on another road',
    earlier: { phone: '13622220026', address: '黑窑厂街12号', category: REFUSE, content: '黑窑厂街12号附近垃圾堆积，招来很多苍蝇老鼠。' },
    later: { phone: '13722220026', address: '陶然亭路12号', category: REFUSE, content: '陶然亭路12号附近垃圾堆积，招来很多苍蝇老鼠。', at: 2 * 60 },
    duplicate: false,
  },
  {
    name: '8号 and 甲8号 are two houses',
    earlier: { phone: '13622220027', address: '龙泉胡同8号', category: WATER_CUT, content: '龙泉胡同8号突然停水，没有收到任何通知。' },
    later: { phone: '13722220027', address: '龙泉胡同甲8号', category: '公共服务/供水/水质', content: '龙泉胡同甲8号自来水发黄有异味。', at: DAY },
    duplicate: false,
  },
  {
    name: 'same building, lift vs power cut',
    earlier: { phone: '13622220028', address: '南华里12号楼', category: LIFT, content: '南华里12号楼电梯困人，等了四十多分钟才有人来处理。' },
    later: { phone: '13722220028', address: '南华里12号楼2单元', category: POWER_CUT, content: '南华里12号楼用电高峰经常跳闸停电。', at: 2 * DAY },
    duplicate: false,
  },
  {
    name: 'same building, household noise vs leaking ceiling (other level-2 of 社会秩序)',
    earlier: { phone: '13622220029', address: '粉房琉璃街15号院1号楼3单元401', category: NOISE_HOME, content: '粉房琉璃街15号院1号楼3单元401楼上邻居每天很晚还在跺脚、拖动家具，噪音很大。' },
    later: { phone: '13722220029', address: '粉房琉璃街15号院1号楼2单元301', category: '社会秩序/邻里纠纷/漏水纠纷', content: '楼上住户家里漏水，来电人家天花板被泡坏，楼上拒绝维修。', at: 3 * DAY },
    duplicate: false,
  },
  {
    name: 'identical heating template from two different buildings on different roads',
    earlier: { phone: '13622220030', address: '福州馆街5号院1号楼', category: HEAT, content: '家里暖气片不热，家中有婴儿，请尽快协调供暖单位。' },
    later: { phone: '13722220030', address: '果子巷南口9号院2号楼', category: HEAT, content: '家里暖气片不热，家中有婴儿，请尽快协调供暖单位。', at: 30 },
    duplicate: false,
  },
  {
    name: 'same phone, water cut then property fee 12 days later',
    earlier: { phone: '13901012356', address: '自新路9号院2号楼', category: WATER_CUT, content: '自新路9号院2号楼停水1天了，家里没水做饭。' },
    later: { phone: '13901012356', address: '自新路9号院2号楼', category: FEES, content: '小区物业收取的车位管理费没有公示收费依据。', at: 12 * DAY },
    duplicate: false,
  },
  {
    name: 'same flat, two different consultations from a neighbour',
    earlier: { phone: '13622220031', address: '新兴里4号楼1单元101', category: '民生保障/养老服务/高龄津贴', content: '高龄津贴申领条件和办理地点，来电人住新兴里4号楼1单元101。' },
    later: { phone: '13722220031', address: '新兴里4号楼1单元102', category: '市容环境/环境卫生/垃圾分类', content: '新兴里4号楼所在小区厨余垃圾投放时间是几点，桶站在哪里？', at: DAY },
    duplicate: false,
  },
  {
    name: 'same long flat address in both texts, heating vs gas smell (address text must not make them similar)',
    earlier: { phone: '13622220032', address: '黑窑厂街30号院2号楼3单元502', category: HEAT, content: '黑窑厂街30号院2号楼3单元502家中暖气不热，室温只有15度。' },
    later: { phone: '13722220032', address: '黑窑厂街30号院2号楼3单元502', category: '公共服务/燃气/燃气异味', content: '黑窑厂街30号院2号楼3单元502家中燃气表附近有异味，担心漏气。', at: 2 * DAY },
    duplicate: false,
  },
  {
    name: '三元庵12号 and 三元庵21号',
    earlier: { phone: '13622220033', address: '三元庵12号', category: NOISE_BIZ, content: '三元庵12号附近酒吧音乐声太吵，影响周边居民休息。' },
    later: { phone: '13722220033', address: '三元庵21号', category: NOISE_BIZ, content: '三元庵21号附近酒吧音乐声太吵，影响周边居民休息。', at: 60 },
    duplicate: false,
  },
  {
    name: 'two roads, same template text for the lamp',
    earlier: { phone: '13622220034', address: '里仁街4号', category: LAMP, content: '附近路灯2天不亮，晚上出行不安全。' },
    later: { phone: '13722220034', address: '南华西街4号', category: LAMP, content: '附近路灯2天不亮，晚上出行不安全。', at: 2 * 60 },
    duplicate: false,
  },
  {
    name: 'same building, clutter vs dog, category not chosen on the second',
    earlier: { phone: '13622220035', address: '壹瓶胡同7号院1号楼', category: CLUTTER, content: '壹瓶胡同7号院1号楼楼道内有人堆物，还给电动自行车充电，很危险。' },
    later: { phone: '13722220035', address: '壹瓶胡同7号院1号楼2单元', category: null, content: '有人遛狗不拴绳，还不清理狗粪。', at: DAY },
    duplicate: false,
  },
  {
    name: 'neighbouring blocks of a quarter, 5号楼 vs 15号楼, lift',
    earlier: { phone: '13622220036', address: '南华里5号楼', category: LIFT, content: '南华里5号楼电梯经常故障停运，老人上下楼非常困难。' },
    later: { phone: '13722220036', address: '南华里15号楼', category: LIFT, content: '南华里15号楼电梯停运2天，家中有行动不便的老人。', at: 4 * 60 },
    duplicate: false,
  },
  {
    name: 'same building, noise vs water quality',
    earlier: { phone: '13622220037', address: '新兴里3号楼', category: NOISE_HOME, content: '新兴里3号楼楼下住户经常深夜大声喧哗，吵得无法入睡。' },
    later: { phone: '13722220037', address: '新兴里3号楼', category: '公共服务/供水/水质', content: '新兴里3号楼水龙头放出的水有沉淀。', at: 2 * DAY },
    duplicate: false,
  },
  {
    name: 'same house on the lane, parking vs posters',
    earlier: { phone: '13622220038', address: '大吉巷10号', category: PARKING, content: '大吉巷10号门前长期有车辆乱停车，堵住了消防通道。' },
    later: { phone: '13722220038', address: '大吉巷10号', category: '市容环境/街面秩序/非法小广告', content: '大吉巷10号附近墙上和电线杆上贴满小广告，影响市容。', at: 3 * DAY },
    duplicate: false,
  },
  {
    name: 'same phone, 40 days later, same bins again',
    earlier: { phone: '13901012357', address: '姚家井20号', category: REFUSE, content: '姚家井20号门口垃圾桶满溢无人清运，异味很大。' },
    later: { phone: '13901012357', address: '姚家井20号', category: REFUSE, content: '姚家井20号门口垃圾桶满溢无人清运，异味很大。', at: 40 * DAY },
    duplicate: false,
  },
  {
    name: 'same courtyard and category, eight days apart',
    earlier: { phone: '13622220039', address: '里仁街18号院', category: PROPERTY, content: '里仁街18号院所在小区物业人员态度差，报修后3天无人上门。' },
    later: { phone: '13722220039', address: '里仁街18号院', category: PROPERTY, content: '里仁街18号院所在小区物业人员态度差，报修后无人上门。', at: 8 * DAY },
    duplicate: false,
  },
  {
    name: 'same courtyard, two property matters (fees vs gate) (hard: expected false alarm)',
    earlier: { phone: '13622220040', address: '西砖胡同30号院', category: FEES, content: '西砖胡同30号院小区物业费上涨未经业主大会同意，来电人不认可。' },
    later: { phone: '13722220040', address: '西砖胡同30号院2号楼', category: PROPERTY, content: '单元门禁卡失灵，老人进不了家门，物业电话打不通。', at: 2 * DAY },
    duplicate: false,
  },
  {
    name: 'same phone four days later about something else (hard: the 7-day phone rule flags it on purpose)',
    earlier: { phone: '13901012358', address: '保安寺街15号院1号楼', category: WELFARE, content: '低保申请条件是什么，需要准备哪些材料？来电人住保安寺街15号院1号楼。' },
    later: { phone: '13901012358', address: '保安寺街3号', category: LAMP, content: '保安寺街3号附近路灯一到晚上就闪。', at: 4 * DAY },
    duplicate: false,
  },
  {
    name: 'street address vs a courtyard on another road, same category',
    earlier: { phone: '13622220041', address: '太平街南段5号', category: '市容环境/街面秩序/占道经营', content: '太平街南段5号附近每天晚上有商贩占道摆摊，影响通行。' },
    later: { phone: '13722220041', address: '永安路西段5号', category: '市容环境/街面秩序/占道经营', content: '永安路西段5号附近每天晚上有商贩占道摆摊。', at: 60 },
    duplicate: false,
  },
  {
    name: 'same building, heating leak vs lift',
    earlier: { phone: '13622220042', address: '菜市口南大街西侧8号院3号楼', category: '公共服务/供暖/暖气漏水', content: '菜市口南大街西侧8号院3号楼家中暖气片漏水，地面全是水，请尽快处理。' },
    later: { phone: '13722220042', address: '菜市口南大街西侧8号院3号楼', category: LIFT, content: '菜市口南大街西侧8号院3号楼电梯困人，等了很久才有人来。', at: DAY },
    duplicate: false,
  },
  {
    name: 'different courtyards, same property template',
    earlier: { phone: '13622220043', address: '福州馆前街10号院', category: PROPERTY, content: '所在小区物业服务不到位，保洁人员3天没来打扫，院内卫生很差。' },
    later: { phone: '13722220043', address: '福州馆前街11号院', category: PROPERTY, content: '所在小区物业服务不到位，保洁人员3天没来打扫，院内卫生很差。', at: 60 },
    duplicate: false,
  },
  {
    name: 'same phone, same day, but a different caller problem at another address 9 days later',
    earlier: { phone: '13901012359', address: '陶然亭路7号', category: NOISE_BIZ, content: '陶然亭路7号楼下商铺用大喇叭循环播放促销广告。' },
    later: { phone: '13901012359', address: '陶然亭路40号院', category: '市容环境/园林绿化/绿地维护', content: '陶然亭路40号院附近绿地被人圈占种菜。', at: 9 * DAY },
    duplicate: false,
  },
];
