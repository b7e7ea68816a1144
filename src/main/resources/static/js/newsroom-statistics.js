// 통계: draws each chart from the table behind it (uPlot), so the chart and what a screen reader hears come from
// the same cells. Times are shown in Asia/Seoul whatever the browser's own zone. The table of a chart is there
// for screen readers and shown on request with its 표로 보기 button.
(() => {
  'use strict';

  const COLOURS = ['#0b4ea2', '#c2410c', '#6b7280', '#15803d', '#7e22ce', '#a16207'];
  const HEIGHT = 240;
  const SEOUL_HOUR = new Intl.DateTimeFormat('ko-KR', {
    timeZone: 'Asia/Seoul', month: 'numeric', day: 'numeric', hour: '2-digit', hourCycle: 'h23'
  });
  const NUMBER = new Intl.NumberFormat('ko-KR');

  function read(table) {
    const heads = Array.from(table.tHead.rows[0].cells).slice(1);
    const rows = Array.from(table.tBodies[0].rows);
    return {
      xHeader: table.tHead.rows[0].cells[0].textContent.trim(),
      columns: heads.map((th, i) => ({ name: th.textContent.trim(), plotted: th.dataset.plotted !== 'no', index: i })),
      xs: rows.map((row) => Number(row.dataset.x)),
      labels: rows.map((row) => row.cells[0].textContent.trim()),
      values: heads.map((th, i) => rows.map((row) => {
        const value = row.cells[i + 1].dataset.value;
        return value === '' ? null : Number(value);
      }))
    };
  }

  function seoulHour(seconds) {
    const parts = SEOUL_HOUR.formatToParts(new Date(seconds * 1000));
    const part = (type) => (parts.find((p) => p.type === type) || {}).value;
    return `${part('month')}.${part('day')} ${part('hour')}시`;
  }

  function options(kind, data, width) {
    const plotted = data.columns.filter((column) => column.plotted);
    const bars = kind !== 'line' ? uPlot.paths.bars({ size: [0.6, 48] }) : undefined;
    const xValue = (u, x) => {
      if (x == null) return '';
      if (kind === 'line') return `${x}시`;
      if (kind === 'time') return seoulHour(x);
      return data.labels[x] || '';
    };
    const axisX = {
      values: (u, splits) => splits.map((x) => {
        if (kind === 'line') return `${x}시`;
        if (kind === 'time') return seoulHour(x);
        if (!Number.isInteger(x)) return '';
        if (kind === 'rank') return `${x + 1}위`;
        return data.labels[x] || '';
      })
    };
    if (kind === 'bar' || kind === 'rank') {
      axisX.incrs = [1];
      axisX.space = kind === 'rank' ? 24 : 40;
      if (kind === 'bar' && data.labels.length > 6) axisX.rotate = -40;
      axisX.size = axisX.rotate ? 70 : 40;
    }
    return {
      width,
      height: HEIGHT,
      scales: {
        x: kind === 'time' ? { time: true } : {
          time: false,
          range: kind === 'line' ? [0, 23] : [-0.5, data.xs.length - 0.5]
        },
        y: { range: (u, min, max) => [0, Math.max(4, Math.ceil(max * 1.1))] }
      },
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Asia/Seoul'),
      axes: [axisX, { values: (u, splits) => splits.map((v) => NUMBER.format(v)), size: 56 }],
      series: [{ label: data.xHeader, value: xValue }].concat(plotted.map((column, i) => ({
        label: column.name,
        stroke: COLOURS[i % COLOURS.length],
        fill: kind === 'line' ? undefined : COLOURS[i % COLOURS.length],
        width: kind === 'line' ? 2 : 1,
        paths: bars,
        points: { show: kind === 'line' && data.xs.length <= 24 },
        value: (u, v) => (v == null ? '–' : NUMBER.format(v))
      }))),
      legend: { live: true }
    };
  }

  function draw(section) {
    const table = section.querySelector('.nr-chart-data table');
    const plot = section.querySelector('.nr-chart-plot');
    if (!table || !plot || typeof uPlot === 'undefined') return;
    const kind = section.dataset.chart;
    const data = read(table);
    const xs = kind === 'line' || kind === 'time' ? data.xs : data.xs.map((x, i) => i);
    const series = data.columns.filter((column) => column.plotted).map((column) => data.values[column.index]);
    const chart = new uPlot(options(kind, data, plot.clientWidth), [xs].concat(series), plot);
    new ResizeObserver(() => {
      if (plot.clientWidth > 0 && plot.clientWidth !== chart.width) chart.setSize({ width: plot.clientWidth, height: HEIGHT });
    }).observe(plot);
  }

  function toggles() {
    document.querySelectorAll('.nr-chart-toggle button').forEach((button) => {
      const data = document.getElementById(button.getAttribute('aria-controls'));
      button.addEventListener('click', () => {
        const open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        button.textContent = open ? '표 닫기' : '표로 보기';
        data.classList.toggle('open', open);
        // A shown table may scroll sideways on a phone: it takes focus then, and only then.
        if (open) {
          data.setAttribute('role', 'region');
          data.setAttribute('aria-label', button.closest('.nr-chart').querySelector('h2').textContent);
          data.setAttribute('tabindex', '0');
        } else {
          data.removeAttribute('role');
          data.removeAttribute('aria-label');
          data.removeAttribute('tabindex');
        }
      });
    });
  }

  toggles();
  document.querySelectorAll('.nr-chart[data-chart]').forEach((section) => {
    try {
      draw(section);
    } catch (error) {
      // CASE: a chart that cannot be drawn leaves its table; the page stays usable.
      section.querySelector('.nr-chart-data')?.classList.add('open');
      console.error('차트를 그리지 못했습니다', error);
    }
  });
})();
