// Draws a Network with Cytoscape.js: officials coloured by country, edge width by meetings.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { countryColour, edgeWidth, type Network } from './model.ts';

/** Largest zoom after fitting a drawing (1 = labels at their font size). */
const MAX_FIT_ZOOM = 1.25;

export interface NetworkViewHandlers {
  onNodeTap(key: string): void;
  onEdgeTap(edgeId: string): void;
}

export class NetworkView {
  readonly cy: Core;

  constructor(container: HTMLElement, handlers: NetworkViewHandlers) {
    this.cy = cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            width: 24,
            height: 24,
            'font-size': 11,
            'font-family': 'system-ui, sans-serif',
            color: '#1d2733',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.75,
            'text-background-padding': '1px',
            'border-width': 1,
            'border-color': '#ffffff',
          },
        },
        { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#1d2733' } },
        { selector: 'node[?focus]', style: { width: 34, height: 34, 'font-weight': 'bold', 'font-size': 12 } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': '#8a96a3',
            'curve-style': 'bezier',
            opacity: 0.85,
            label: 'data(countLabel)',
            'font-size': 10,
            color: '#4a5560',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
          },
        },
        { selector: 'edge:selected', style: { 'line-color': '#d9480f', opacity: 1 } },
        { selector: 'node:selected', style: { 'overlay-opacity': 0.12, 'overlay-color': '#d9480f' } },
      ],
    });
    this.cy.on('tap', 'node', (e) => handlers.onNodeTap(String(e.target.id())));
    this.cy.on('tap', 'edge', (e) => handlers.onEdgeTap(String(e.target.id())));
  }

  /** Replaces the drawing with `net`; nodes already drawn keep their place, new ones are laid out around them. */
  draw(net: Network, focusKey: string | null): void {
    const before = new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const elements: ElementDefinition[] = [];
    for (const o of net.officials.values()) {
      elements.push({
        group: 'nodes',
        data: {
          id: o.key,
          label: o.name,
          colour: countryColour(o.country?.code),
          country: o.country?.code ?? '',
          expanded: o.expanded,
          focus: o.key === focusKey,
        },
        ...(before.has(o.key) ? { position: before.get(o.key)! } : {}),
      });
    }
    for (const e of net.edges.values()) {
      const n = e.meetings.size;
      elements.push({ group: 'edges', data: { id: e.id, source: e.a, target: e.b, meetings: n, width: edgeWidth(n), countLabel: n > 1 ? String(n) : '' } });
    }
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    const kept = this.cy.nodes().filter((n) => before.has(n.id())).length;
    this.cy
      .layout({
        name: 'cose',
        animate: false,
        randomize: kept === 0,
        fit: true,
        padding: 40,
        nodeRepulsion: () => 200_000,
        idealEdgeLength: () => 110,
        nodeOverlap: 20,
        componentSpacing: 80,
        gravity: 0.5,
      } as cytoscape.LayoutOptions)
      .run();
    // A handful of nodes would be blown up to fill the canvas: keep them at a readable size.
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
  }

  select(edgeId: string | null): void {
    this.cy.elements().unselect();
    if (edgeId) this.cy.getElementById(edgeId).select();
  }

  clear(): void {
    this.cy.elements().remove();
  }

  resize(): void {
    this.cy.resize();
  }
}
