import type { Product } from '../../src/data/schema';

export default {
  id: 'product:harmonyos',
  kind: 'product',
  name: 'HarmonyOS',
  names: { zh: '鸿蒙', zhHant: '鴻蒙', pinyin: 'Hóngméng' },
  aliases: ['Harmony OS', 'HarmonyOS NEXT', 'HarmonyOS 5', 'HongMeng OS', 'Hongmeng', 'OpenHarmony'],
  summary:
    "Operating system Huawei developed after US sanctions cut it off from Google's Android services; its NEXT generation is built to run without Android code.",
  owner: 'company:huawei',
  category: 'operating-system',
  what: "Huawei's operating system for phones and connected devices",
  launched: {
    value: 2019,
    source: 'https://thenextweb.com/plugged/2019/08/09/huawei-just-announced-harmony-os-its-answer-to-android/',
    note: "announced at Huawei's developer conference, August 2019",
  },
  related: ['company:huawei', 'product:huawei-mate', 'product:hima'],
  sources: ['https://thenextweb.com/plugged/2019/08/09/huawei-just-announced-harmony-os-its-answer-to-android/'],
} satisfies Product;
