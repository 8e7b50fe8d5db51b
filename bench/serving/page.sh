#!/usr/bin/env bash
# Writes one article page of about 7 KB as the default theme lays it out (identity meta tags, header,
# navigation, article body, footer), with realistic Chinese text, to stdout.
set -euo pipefail
sentences=(
  "为切实做好今冬明春森林防火工作，县林业局会同应急管理局对全县重点林区开展了专项检查。"
  "检查组深入泷泊镇、江村镇等乡镇，实地查看了防火检查站、瞭望塔和物资储备库。"
  "各乡镇要严格落实森林防火行政首长负责制，层层压实责任，确保不发生重大森林火灾。"
  "要加强野外用火管理，严禁在林区及林缘地带烧田埂、烧灰积肥和上坟烧纸。"
  "对检查中发现的问题，要建立台账，明确整改时限，逐项销号，确保整改到位。"
  "同时要加强扑火队伍建设，做好扑火物资储备，一旦发生火情，做到打早、打小、打了。"
  "县人民政府将把森林防火工作纳入年度绩效考核，对工作不力的单位和个人严肃追责问责。"
  "广大群众发现火情请立即拨打森林火警电话12119，共同守护我们的绿水青山。"
)
para() { local n=$1 out=""; for ((k = 0; k < n; k++)); do out+="${sentences[$(( (k * 5 + n) % ${#sentences[@]} ))]}"; done; printf '<p>%s</p>\n' "$out"; }
cat <<HTML
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>关于开展今冬明春森林防火专项检查的通知 - 双牌县人民政府</title>
<meta name="SiteName" content="双牌县人民政府">
<meta name="SiteDomain" content="www.shuangpai.gov.cn">
<meta name="SiteIDCode" content="4311230001">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="关于开展今冬明春森林防火专项检查的通知">
<meta name="PubDate" content="2026-11-20 09:30">
<meta name="ContentSource" content="县林业局">
<meta name="Keywords" content="森林防火,专项检查">
<meta name="Author" content="县林业局">
<meta name="Description" content="县林业局会同应急管理局对全县重点林区开展森林防火专项检查。">
<meta name="Url" content="https://www.shuangpai.gov.cn/tzgg/123.html">
<link rel="stylesheet" href="/sites/bench/assets/site.css">
</head>
<body>
<a class="skip" href="#main">跳到主要内容</a>
<header class="site-header"><div class="wrap"><a class="brand" href="/sites/bench/">双牌县人民政府</a>
<nav aria-label="主导航"><ul><li><a href="/sites/bench/">首页</a></li><li><a href="/sites/bench/zwgk/">政务公开</a></li><li><a href="/sites/bench/tzgg/" aria-current="page">通知公告</a></li><li><a href="/sites/bench/bmfw/">便民服务</a></li><li><a href="/sites/bench/hdjl/">互动交流</a></li></ul></nav></div></header>
<main id="main" class="wrap">
<nav class="crumbs" aria-label="当前位置"><a href="/sites/bench/">首页</a> &gt; <a href="/sites/bench/tzgg/">通知公告</a></nav>
<article data-search-body>
<h1>关于开展今冬明春森林防火专项检查的通知</h1>
<p class="meta">发布时间：2026-11-20 09:30　来源：县林业局</p>
$(para 4)
$(para 5)
$(para 3)
$(para 3)
$(para 6)
$(para 2)
$(para 4)
$(para 2)
$(para 5)
$(para 3)
$(para 3)
</article>
</main>
<footer class="site-footer"><div class="wrap"><p>主办单位：双牌县人民政府　承办单位：双牌县人民政府办公室</p>
<p>网站标识码：4311230001　<a href="https://beian.miit.gov.cn/">湘ICP备05004233号</a>　湘公网安备 43112302000001号</p>
<p>地址：湖南省永州市双牌县泷泊镇潇水中路　电话：0746-7721234</p></div></footer>
</body>
</html>
HTML
