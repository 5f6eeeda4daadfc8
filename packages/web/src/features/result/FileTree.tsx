import { ChevronRight, File, Folder, FolderOpen } from 'lucide-react';
import { useState } from 'react';
import { cn } from '../../lib/cn.ts';
import type { FolderNode, TreeNode } from './build-file-tree.ts';

interface FileTreeProps {
  root: FolderNode;
  selectedPath: string | null;
  onSelect: (path: string) => void;
}

/** A folder tree of buttons: Tab moves through it, Enter or Space opens a folder or a file. */
export function FileTree({ root, selectedPath, onSelect }: FileTreeProps) {
  return (
    <nav aria-label="Project files" className="text-sm">
      <TreeLevel nodes={root.children} depth={0} selectedPath={selectedPath} onSelect={onSelect} />
    </nav>
  );
}

interface TreeLevelProps {
  nodes: TreeNode[];
  depth: number;
  selectedPath: string | null;
  onSelect: (path: string) => void;
}

function TreeLevel({ nodes, depth, selectedPath, onSelect }: TreeLevelProps) {
  return (
    <ul className="flex flex-col">
      {nodes.map((node) =>
        node.kind === 'folder' ? (
          <FolderItem
            key={node.path}
            node={node}
            depth={depth}
            selectedPath={selectedPath}
            onSelect={onSelect}
          />
        ) : (
          <li key={node.path}>
            <button
              type="button"
              onClick={() => onSelect(node.path)}
              aria-current={node.path === selectedPath ? 'true' : undefined}
              data-path={node.path}
              className={cn(
                'flex w-full cursor-pointer items-center gap-1.5 rounded-md py-1 pr-2 text-left hover:bg-muted',
                node.path === selectedPath && 'bg-muted font-medium text-foreground',
                node.path !== selectedPath && 'text-foreground/80',
              )}
              style={{ paddingLeft: `${depth * 12 + 22}px` }}
            >
              <File aria-hidden="true" className="size-3.5 shrink-0 text-muted-foreground" />
              <span className="truncate">{node.name}</span>
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

function FolderItem({
  node,
  depth,
  selectedPath,
  onSelect,
}: Omit<TreeLevelProps, 'nodes'> & { node: FolderNode }) {
  const containsSelection = selectedPath?.startsWith(`${node.path}/`) ?? false;
  const [open, setOpen] = useState(depth === 0 || containsSelection);
  return (
    <li>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        className="flex w-full cursor-pointer items-center gap-1 rounded-md py-1 pr-2 text-left text-foreground/90 hover:bg-muted"
        style={{ paddingLeft: `${depth * 12 + 4}px` }}
      >
        <ChevronRight
          aria-hidden="true"
          className={cn('size-3.5 shrink-0 transition-transform', open && 'rotate-90')}
        />
        {open ? (
          <FolderOpen aria-hidden="true" className="size-3.5 shrink-0 text-muted-foreground" />
        ) : (
          <Folder aria-hidden="true" className="size-3.5 shrink-0 text-muted-foreground" />
        )}
        <span className="truncate">{node.name}</span>
      </button>
      {open && (
        <TreeLevel nodes={node.children} depth={depth + 1} selectedPath={selectedPath} onSelect={onSelect} />
      )}
    </li>
  );
}
